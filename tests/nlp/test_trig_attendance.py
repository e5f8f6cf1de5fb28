"""Triggers, modes and statuses of attendance, invitations, announced concessions (planned) and asked-for help.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reader, text):
    return [e.as_dict() for e in reader.read(text, published="2025-06-01").events]


def _countries(event, side):
    return sorted({a["country"] for a in event[side] if a["country"]})


def _one(reader, text, type_):
    events = _events(reader, text)
    found = [e for e in events if e["type"] == type_]
    assert found, [(e["type"], e["mode"], e["status"]) for e in events]
    return found[0]


@pytest.mark.parametrize("text,mode,status,source,target", [
    # a hyphenated event noun the tokenizer splits; an invitation's guest is the source, the inviter the host
    ("Canberra invited the Indonesian president to the swearing-in, but Jakarta declined.",
     "visit", "declined", ["IDN"], ["AUS"]),
    ("Ottawa invited Mexico to the talks, but Mexico refused.", None, "declined", ["CAN"], ["MEX"]),
    ("Seoul invited the Vietnamese president to visit in July.", "visit", "proposed", ["VNM"], ["KOR"]),
])
def test_invitation_and_bare_answer(reader, text, mode, status, source, target):
    event = _one(reader, text, "CONSULT")
    assert (event["status"], _countries(event, "source"), _countries(event, "target")) == (status, source, target)
    assert mode is None or event["mode"] == mode


def test_bare_answer_is_no_rejection_of_its_own(reader):
    events = _events(reader, "Canberra invited the Indonesian president to the swearing-in, but Jakarta declined.")
    assert not [e for e in events if e["type"] == "REJECT"]
    consult = next(e for e in events if e["type"] == "CONSULT")
    assert consult["response"] and consult["response"]["by"] == "IDN"


@pytest.mark.parametrize("text,mode,status,target", [
    # an objectless "attend" is of the gathering just named: its mode and its host
    ("Canberra invited the Indonesian president to the swearing-in, but Jakarta declined and said its "
     "vice president Gibran Rakabuming Raka would attend instead.", "visit", "planned", ["AUS"]),
    # sending an official to what another state hosts is taking part in its gathering
    ("Oman hosts its annual security forum in May; Washington has not said whether it will send a senior official.",
     "multilateral", "non_committal", ["OMN"]),
])
def test_attending_the_named_gathering(reader, text, mode, status, target):
    events = [e for e in _events(reader, text) if e["type"] == "CONSULT" and e["status"] == status]
    assert events, [(e["type"], e["status"]) for e in _events(reader, text)]
    assert (events[-1]["mode"], _countries(events[-1], "target")) == (mode, target)


def test_hosted_forum_is_multilateral_at_the_host(reader):
    event = _one(reader, "Oman hosts its annual security forum in May.", "CONSULT")
    assert (event["mode"], _countries(event, "source"), (event["location"] or {}).get("country")) == \
        ("multilateral", ["OMN"], "OMN")


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi said he would travel to the summit in Johannesburg.",
    "The Brazilian president will fly to the conference next week.",
])
def test_travel_to_a_gathering_is_multilateral(reader, text):
    assert _one(reader, text, "CONSULT")["mode"] == "multilateral"


@pytest.mark.parametrize("text,country", [
    ("Last year Sergei Lavrov stayed away from the Munich Security Conference in Germany.", "DEU"),
    ("The Chinese defence minister stayed away from the regional security forum in Singapore.", "SGP"),
])
def test_staying_away_from_a_gathering(reader, text, country):
    event = _one(reader, text, "CONSULT")
    assert (event["mode"], event["status"], (event["location"] or {}).get("country")) == \
        ("multilateral", "negated", country)


@pytest.mark.parametrize("text,status,source", [
    # a concession announced for later is planned (CAMEO 035, intent to yield), not yet made; decided in
    # session 4: treating it as occurred turned Multi-CoPED's verbal cooperation into material cooperation
    ("The Turkish trade minister said Ankara would ease the restrictions on Greek imports.", "planned", ["TUR"]),
    ("Canada announced it will lift the tariffs on Brazilian steel.", "planned", ["CAN"]),
])
def test_announced_concession_is_planned(reader, text, status, source):
    event = _one(reader, text, "CONCEDE")
    assert (event["status"], _countries(event, "source")) == (status, source)
    assert event["cameo"].startswith("03")


def test_open_question_is_no_demand(reader):
    text = "Chile is still weighing whether President Gabriel Boric should make the trip."
    events = _events(reader, text)
    assert not [e for e in events if e["type"] == "REQUEST"]
    assert _one(reader, text, "CONSULT")["status"] == "under_consideration"


@pytest.mark.parametrize("text", [
    "The French envoy pressed Ankara to use its influence with Baku.",
    "Germany urged Qatar to use its leverage over the militants.",
])
def test_asking_to_use_influence_is_assistance(reader, text):
    assert _one(reader, text, "REQUEST")["mode"] == "assist"
