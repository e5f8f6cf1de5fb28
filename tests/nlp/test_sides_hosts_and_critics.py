"""Event sides and types: a visit's host from where it takes place, the author a
relative clause names, the one who faces an act, criticism of an act told in the same clause, support said again.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reader, text, published="2025-06-01"):
    return [e.as_dict() for e in reader.read(text, published=published).events]


def _countries(event, side):
    return sorted({a["country"] for a in event[side] if a["country"]})


def _of_type(reader, text, type_, published="2025-06-01"):
    events = _events(reader, text, published)
    found = [e for e in events if e["type"] == type_]
    assert found, [(e["type"], e["mode"], _countries(e, "source"), _countries(e, "target")) for e in events]
    return found[0]


@pytest.mark.parametrize("text,source,target", [
    ("Macron in London\n\nLONDON — French President Emmanuel Macron on Thursday wrapped up a three-day state visit, "
     "the first by a French leader since 2008.", "FRA", "GBR"),
    ("Merz in Rome\n\nROME — German Chancellor Friedrich Merz ended a two-day state visit on Thursday, "
     "his first trip abroad.", "DEU", "ITA"),
])
def test_a_visit_with_no_host_named_is_to_the_state_it_takes_place_in(reader, text, source, target):
    event = _of_type(reader, text, "CONSULT", published="2025-07-10")
    assert event["mode"] == "visit"
    assert _countries(event, "source") == [source] and _countries(event, "target") == [target]


@pytest.mark.parametrize("text,source,target", [
    # the relative clause tells who imposed them, not the clause around the noun (Russia condemns)
    ("Russia condemned the sanctions that the European Union imposed on Monday.", ["EUR"], ["RUS"]),
    ("Beijing criticized the tariffs Washington imposed in April.", ["USA"], ["CHN"]),
    # the clause hangs on the noun that holds the act through "of"
    ("Seoul protested the resumption of sanctions that Washington and Tokyo set in motion in May.",
     ["JPN", "USA"], ["KOR"]),
])
def test_a_relative_clause_names_the_author_of_the_act(reader, text, source, target):
    event = _of_type(reader, text, "SANCTION")
    assert _countries(event, "source") == source
    assert not set(target) & set(_countries(event, "source"))


@pytest.mark.parametrize("text,source,target", [
    ("Venezuela could face tougher sanctions from Washington.", ["USA"], ["VEN"]),
    ("Cuba has endured a U.S. embargo for six decades.", ["USA"], ["CUB"]),
    ("Tehran said that if Iran faced any hostile step, including a return of the sanctions that Britain and "
     "France set in motion, it would respond.", ["FRA", "GBR"], ["IRN"]),
])
def test_who_faces_an_act_is_its_target(reader, text, source, target):
    event = _of_type(reader, text, "SANCTION")
    assert _countries(event, "source") == source and _countries(event, "target") == target


@pytest.mark.parametrize("text,source,target", [
    ("Russia condemned the sanctions that the European Union imposed on Monday.", "RUS", "EUR"),
    ("India condemned the strikes that Pakistan launched on Kashmir.", "IND", "PAK"),
])
def test_criticising_an_act_answers_its_author(reader, text, source, target):
    event = _of_type(reader, text, "ACCUSE")
    assert _countries(event, "source") == [source] and _countries(event, "target") == [target]


@pytest.mark.parametrize("text,source,target", [
    ("Berlin reiterated its support for Kyiv on Monday.", "DEU", "UKR"),
    ("Washington reaffirmed its support for Manila.", "USA", "PHL"),
    ("Ottawa voiced support for Copenhagen.", "CAN", "DNK"),
])
def test_support_said_again_is_support(reader, text, source, target):
    event = _of_type(reader, text, "SUPPORT")
    assert _countries(event, "source") == [source] and _countries(event, "target") == [target]


@pytest.mark.parametrize("text,mediator,parties", [
    ("Armenia and Azerbaijan agreed on Monday to reopen their border. The deal came after two days of talks "
     "mediated by Qatar.", "QAT", ["ARM", "AZE"]),
    ("Serbia and Kosovo held talks in Brussels on Monday. The talks were mediated by the European Union.",
     "EUR", ["SRB", "XKX"]),
])
def test_a_mediator_talks_with_the_two_sides_just_told(reader, text, mediator, parties):
    events = [e for e in _events(reader, text) if e["type"] == "CONSULT" and _countries(e, "source") == [mediator]]
    assert events and _countries(events[0], "target") == parties


def test_a_meeting_between_the_two_leaders_asked_by_one_is_with_the_other(reader):
    text = "Kenya and Ethiopia held talks in Nairobi on Tuesday. Kenya asked for a meeting between the two presidents."
    event = [e for e in _events(reader, text) if e["status"] == "proposed"][0]
    assert _countries(event, "source") == ["KEN"] and _countries(event, "target") == ["ETH"]


@pytest.mark.parametrize("text,status", [
    ("Armenia and Azerbaijan swapped 30 prisoners on Tuesday.", "occurred"),
    ("Russia and Ukraine agreed to exchange 500 prisoners of war each.", "planned"),
    # the captives named before the noun are exchanged, not exchanging
    ("Israel and Hamas carried out a prisoner exchange on Sunday.", "occurred"),
])
def test_exchanging_prisoners_is_a_release_by_both(reader, text, status):
    event = _of_type(reader, text, "RETREAT")
    assert event["mode"] == "release" and event["status"] == status
    assert len(_countries(event, "source") + _countries(event, "target")) == 2
    assert not any(a["name"].lower().startswith("prisoner") for a in event["source"] + event["target"])


@pytest.mark.parametrize("text,source,target", [
    ("Japanese Prime Minister Shigeru Ishiba is due in Washington on Thursday.", "JPN", "USA"),
    ("Narendra Modi is due in Moscow on Monday.", "IND", "RUS"),
])
def test_a_leader_due_in_a_foreign_capital_is_to_visit_it(reader, text, source, target):
    event = _of_type(reader, text, "CONSULT", published="2025-08-16")
    assert event["mode"] == "visit" and event["status"] == "planned"
    assert _countries(event, "source") == [source] and _countries(event, "target") == [target]


@pytest.mark.parametrize("text", ["The report is due in June.", "The payment is due in Tokyo."])
def test_a_thing_due_somewhere_is_no_visit(reader, text):
    assert not [e for e in _events(reader, text) if e["type"] == "CONSULT"]


@pytest.mark.parametrize("text,source,target", [
    # every other party of the sentence is taken by another event, yet the seizure is not done at home
    ("The Philippine military chief on Wednesday demanded that China return rifles seized by its coast guard "
     "near the reef.", "CHN", "PHL"),
    ("Seoul's navy chief demanded that North Korea return equipment seized by its soldiers at the border.",
     "PRK", "KOR"),
])
def test_a_hostile_act_with_a_foreign_party_named_is_not_done_at_home(reader, text, source, target):
    event = [e for e in _events(reader, text) if e["type"] == "COERCE"][0]
    assert _countries(event, "source") == [source] and _countries(event, "target") == [target]


def test_an_arrest_with_no_one_else_named_is_at_home(reader):
    event = _of_type(reader, "Police arrested 40 protesters in Lagos on Monday.", "COERCE")
    assert _countries(event, "target") == ["NGA"]


def test_a_body_that_convenes_meets(reader):
    event = _of_type(reader, "The U.N. Security Council will convene on Monday.", "CONSULT")
    assert event["mode"] == "multilateral" and event["status"] == "planned"


def test_convening_a_meeting_is_the_meeting_alone(reader):
    events = [e for e in _events(reader, "France convened a meeting of the Security Council on Monday.")
              if e["type"] == "CONSULT"]
    assert len(events) == 1


def test_the_two_leaders_on_the_margins_of_a_gathering_another_hosts_meet_as_guests(reader):
    text = ("Vladimir Putin and Narendra Modi signed a trade pact on Monday. The two leaders talked for an hour at "
            "a hotel, on the margins of the regional summit hosted by Kazakhstan.")
    events = [e for e in _events(reader, text) if e["type"] == "CONSULT" and "hour" in e["evidence"]["sentence"]]
    assert events and events[0]["mode"] == "third-party"


def test_the_parties_after_between_include_one_the_parser_hung_inside_the_other(reader):
    text = "The two governments agreed to plan for a conversation between Xi and President Joe Biden next month."
    event = [e for e in _events(reader, text) if e["type"] == "CONSULT"][0]
    assert sorted(_countries(event, "source") + _countries(event, "target")) == ["CHN", "USA"]


@pytest.mark.parametrize("name,expected", [
    ("Japan's", "Japan"), ("China’s", "China"), ("the United States", "the United States"),
    ("the Philippines'", "the Philippines"), ("Paris", "Paris"),
])
def test_a_hosts_place_name_loses_only_a_possessive(name, expected):
    from detente.nlp.event_venues import without_possessive
    assert without_possessive(name) == expected


@pytest.mark.parametrize("text", [
    "Chinese coast guard personnel rammed two Philippine supply boats on Monday.",
    "Chinese coast guard personnel threatened Philippine sailors with knives on Monday.",
])
def test_members_of_a_named_body_act_as_the_body(reader, text):
    event = reader.read(text, published="2024-06-20").events[0]
    assert [r.name for r in event.source] == ["China Coast Guard"]
