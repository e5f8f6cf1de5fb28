"""Who an argument names: "they" opening what a group says is the group, officials of a named
place or body whose state is unknown are that place or body, nouns of professions and of a bloc's members
name groups.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reader, text, published="2025-03-07"):
    return reader.read(text, published=published).events


def _sources(events, trigger):
    event = next((e for e in events if e.trigger == trigger), None)
    assert event is not None, [(e.type, e.trigger, [a.name for a in e.source]) for e in events]
    return [a.name for a in event.source]


@pytest.mark.parametrize("text,trigger,speaker", [
    ("The Zorvan Liberation Front said that they will release the kidnapped engineers next week.", "release",
     "Zorvan Liberation Front"),
    ("Nurses have said that they would call off their walkout after the vote.", "walkout", "Nurses"),
    ("The rebels vowed they would free the aid workers on Sunday.", "free", "rebels"),
])
def test_they_opening_what_a_group_says_is_the_group(reader, text, trigger, speaker):
    assert speaker in _sources(_events(reader, text), trigger)


def test_officials_of_a_place_of_unknown_state_are_the_place(reader):
    assert _sources(_events(reader, "Leeds officials have imposed a curfew on the city centre."), "curfew") == ["Leeds"]


def test_officials_of_no_one_stay_unnamed(reader):
    assert not _events(reader, "Officials have imposed a curfew on the city centre.")


@pytest.mark.parametrize("text,trigger,country", [
    ("Croatian experts have urged the government to open the port to foreign bidders.", "urged", "HRV"),
    ("Kenyan economists criticised the central bank over the loan.", "criticised", "KEN"),
])
def test_professions_with_a_nationality_are_groups_of_that_state(reader, text, trigger, country):
    event = next(e for e in _events(reader, text) if e.trigger == trigger)
    assert event.source and event.source[0].country == country


def test_allies_of_a_body_act_as_the_body(reader):
    assert _sources(_events(reader, "NATO allies on Monday agreed to prolong air patrols over the Baltic states."),
                    "agreed") == ["NATO"]


def test_one_member_of_a_profession_is_no_group(reader):
    readout = reader.read("As one analyst noted, the harbour fees have doubled since 2019.", published="2025-03-01")
    assert [s.speaker.name for s in readout.statements if s.speaker] == ["one analyst"]


@pytest.mark.parametrize("text, name, country", [
    ("Washington blamed Syria-backed militias in Lebanon for the rocket fire.", "Syria-backed militias", "LBN"),
    ("Paris accused Turkish-funded rebels in Libya of shelling the port.", "Turkish-funded rebels", "LBY"),
])
def test_a_backed_group_is_of_where_it_is_not_of_its_backer(reader, text, name, country):
    actors = {a.name: a for a in reader.read(text, published="2025-03-07").actors}
    assert actors[name].country == country
