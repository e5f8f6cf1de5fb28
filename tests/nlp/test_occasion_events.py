"""A visit or meeting told as the occasion of another act ("signed a pact during X's visit") is a CONSULT of its
own, with the act's parties; a gathering named only as a place, or a meeting within a visit, stays the venue
(detente.nlp.occasion_events). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _consults(reader, text, word):
    events = reader.read(text, published="2024-03-20").events
    return [e for e in events if e.type == "CONSULT" and e.trigger == word]


@pytest.mark.parametrize("text, word, source, target", [
    ("Peru and Chile signed a fisheries accord on Monday during a state visit by the Chilean president.",
     "visit", "CHL", "PER"),
    ("Kenya and Ethiopia signed a border treaty on Friday during the Kenyan president's visit to Addis Ababa.",
     "visit", "KEN", "ETH"),
    ("Norway and Iceland approved a fishing agreement on Tuesday during a visit by the Norwegian prime minister.",
     "visit", "NOR", "ISL"),
])
def test_an_owned_visit_at_which_a_pact_is_signed_is_a_visit(reader, text, word, source, target):
    found = _consults(reader, text, word)
    assert found and found[0].mode == "visit", found
    assert {a.country for a in found[0].source} == {source} and {a.country for a in found[0].target} == {target}


def test_their_summit_belongs_to_the_agreeing_pair(reader):
    text = ("The new hotline follows an agreement between Vietnam and the Philippines at their "
            "summit in Hanoi last month.")
    found = _consults(reader, text, "summit")
    assert found, reader.read(text, published="2024-03-20").events
    assert {a.country for a in found[0].source + found[0].target} == {"VNM", "PHL"}


@pytest.mark.parametrize("text, word", [
    ("Japan and India signed a maritime pact on Monday at the G20 summit.", "summit"),
    ("The prime minister also met the king during the visit.", "visit"),
])
def test_a_venue_or_a_meeting_within_a_visit_is_no_new_event(reader, text, word):
    assert not _consults(reader, text, word)


@pytest.mark.parametrize("text, word, parties", [
    ("The arms sale follows a defence protocol signed in Lima on June 2, when the Chilean president visited "
     "the Peruvian president.", "signed", {"CHL", "PER"}),
    ("A first attempt to sign the fisheries deal failed on March 3, when the Kenyan president's meeting with "
     "the Ethiopian prime minister in Nairobi ended early.", "sign", {"KEN", "ETH"}),
])
def test_an_act_with_no_parties_told_at_a_meeting_takes_those_who_met(reader, text, word, parties):
    events = reader.read(text, published="2024-08-20").events
    found = [e for e in events if e.type == "AGREE" and e.trigger == word]
    assert found, [(e.type, e.trigger) for e in events]
    assert {a.country for a in found[0].source + found[0].target} == parties
    assert found[0].reciprocal


def test_a_when_clause_inside_the_act_gives_no_parties(reader):
    text = "A treaty was later signed that ended the war when the two armies met at the river."
    events = reader.read(text, published="2024-08-20").events
    assert not [e for e in events if e.type == "AGREE" and e.trigger == "signed"]
