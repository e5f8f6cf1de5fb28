"""Mutual defence clauses (detente.nlp.trigger_defence): help promised to each other for the case of an
attack is AID, hypothetical, held by the pact's pair; the attack it supposes is no event. Every sentence here
is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word", [
    ("Chile and Peru pledge to defend each other in the event of an invasion of either.", "defend"),
    ("Ghana and Togo undertook to assist each other in case of aggression against one of them.", "assist"),
    ("The pact says aggression against either state would count as aggression against both.", "count"),
    ("Laos and Cambodia declared that an attack on one would be considered an attack on both.", "considered"),
])
def test_mutual_defence_is_aid(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "AID"


@pytest.mark.parametrize("text,trigger", [
    ("Chile and Peru pledged to defend each other in the event of an invasion of either.", "defend"),
    ("Under the accord Ghana and Togo must provide military help if the other comes under attack.", "provide"),
])
def test_mutual_defence_is_hypothetical(reader, text, trigger):
    event = event_by_trigger(reader, text, trigger)
    assert (event.type, event.status) == ("AID", "hypothetical")


@pytest.mark.parametrize("text,word", [
    ("Chile and Peru pledged to help each other develop their copper mines.", "help"),  # no attack supposed
])
def test_help_without_attack_is_no_defence_clause(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "AID"


def test_supposed_attack_is_no_event(reader):
    events = reader.read("Chile and Peru pledged to defend each other in the event of an armed attack on either.",
                         published="2024-03-18").events
    assert not any(e.type == "ASSAULT" for e in events)
