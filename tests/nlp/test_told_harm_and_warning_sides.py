"""Accusations told by a speaker of harm the other side did, disapproval an act draws "from" a party, the sides of
a conditional warning and of a halted mediation (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"


def _events(reader, text):
    return [(e.type, e.mode, [a.name for a in e.source], [a.name for a in e.target])
            for e in reader.read(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text, target", [
    ("Armenia's prime minister said on Monday that Azerbaijan's shelling of border villages had continued.", "Azerbaijan"),
    ("The Latvian president said it was clear that the journalist had been killed by Belarus.", "Belarus"),
])
def test_harm_told_by_the_other_side_is_its_charge(reader, text, target):
    charges = [e for e in _events(reader, text) if e[0] == "ACCUSE"]
    assert charges and charges[0][1] == "allege" and target in charges[0][3]


@pytest.mark.parametrize("text", [
    "Armenia's prime minister said on Monday that the talks had continued near the border.",
    "The Latvian president said it was clear that the talks had been welcomed by Belarus.",
])
def test_no_harm_told_is_no_charge(reader, text):
    assert not [e for e in _events(reader, text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize("text, critic, criticised", [
    ("Turkey's naval exercises off Crete drew criticism from Greece.", "Greece", "Turkey"),
    ("Last month a Russian flotilla sailed through the Baltic, drawing complaints from Estonia.", "Estonia", "Russia"),
])
def test_disapproval_drawn_from_a_party(reader, text, critic, criticised):
    found = [e for e in _events(reader, text) if e[0] == "ACCUSE"]
    assert found and critic in found[0][2][0] and any(criticised in t for t in found[0][3])


def test_no_disapproval_without_its_giver(reader):
    assert not [e for e in _events(reader, "Turkey's naval exercises off Crete drew criticism.") if e[0] == "ACCUSE"]


@pytest.mark.parametrize("text, warner, warned", [
    ("Spain said sanctions would be prepared together with Portugal if Morocco closed the crossings.", "Spain", "Morocco"),
    ("Kenya said new sanctions would follow if Uganda kept its troops in the region.", "Kenya", "Uganda"),
])
def test_a_conditional_warning_warns_the_conditions_subject(reader, text, warner, warned):
    threats = [e for e in _events(reader, text) if e[0] == "THREATEN"]
    assert threats and threats[0][2] == [warner] and threats[0][3] == [warned]


def test_a_halted_mediation_is_aimed_at_the_parties(reader):
    text = "Egypt has suspended its efforts to mediate between Sudan and Ethiopia."
    halts = [e for e in _events(reader, text) if e[0] == "SANCTION"]
    assert halts and halts[0][1] == "withdraw" and set(halts[0][3]) == {"Sudan", "Ethiopia"}
