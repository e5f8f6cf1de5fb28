"""Shows of force told by how forces are moved (detente.nlp.trigger_force_moves): warplanes scrambled, military
craft entering another state's airspace or waters, ships and troops stationed in a place. Every sentence here is
written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word,mode", [
    # warplanes scrambled, in either voice or with no object
    ("Norway scrambled two F-16 fighters on Tuesday.", "scrambled", "weapons"),
    ("Danish fighter jets were scrambled after the bombers approached.", "scrambled", "weapons"),
    ("Two Korean jets scrambled when the patrol plane neared the islands.", "scrambled", "weapons"),
    ("Finnish Hornets were scrambled to escort the aircraft away.", "scrambled", "weapons"),
    # military craft that go into the space another state holds as its own
    ("Belarusian drones entered Lithuanian airspace overnight.", "entered", "weapons"),
    ("Two Russian warships sailed into Norwegian territorial waters.", "sailed", "weapons"),
    ("A Turkish military helicopter crossed into Greek airspace on Monday.", "crossed", "weapons"),
    # forces kept in a place
    ("The frigate has been stationed off the atoll since March.", "stationed", "weapons"),
    ("Ankara positioned two warships near the disputed island.", "positioned", "weapons"),
    ("About 300 soldiers are stationed at the northern outpost.", "stationed", "troops"),
    # escorting another side's craft is a posture like shadowing it
    ("Swedish Gripens escorted two Russian bombers out of the area.", "escorted", "weapons"),
])
def test_force_moved(reader, text, word, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("MOBILIZE", mode)


@pytest.mark.parametrize("text,word", [
    # what is scrambled, entered or stationed is no force
    ("Reporters scrambled to confirm the figures.", "scrambled"),
    ("The device scrambled the data before sending it.", "scrambled"),
    ("The tourists entered Greek airspace on a charter flight.", "entered"),
    ("A fishing boat entered the bay before dawn.", "entered"),
    ("The embassy posted a statement on its website.", "posted"),
    # the purpose of a scramble is told by the scramble
    ("Oslo scrambled two F-35 jets to meet the bombers.", "meet"),
    ("Oslo scrambled two F-35 jets to intercept the bombers.", "intercept"),
])
def test_no_move_here(reader, text, word):
    assert trigger_of(reader, text, word) is None


def test_scramble_is_one_event(reader):
    """A scramble with its purpose is one show of force, not a meeting too."""
    events = reader.read("Oslo scrambled two F-35 jets to meet the bombers.", published="2025-03-04").events
    assert [e.type for e in events] == ["MOBILIZE"]


def test_airspace_entry_names_the_craft_state(reader):
    event = event_by_trigger(reader, "Belarusian drones entered Lithuanian airspace on Friday.", "entered")
    assert {a.country for a in event.source} == {"BLR"}
