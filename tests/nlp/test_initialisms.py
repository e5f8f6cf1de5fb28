"""Initialisms of bodies the story named in full before (sentences written for these tests)."""

from __future__ import annotations

import pytest

from detente.nlp.initialisms import initials
from trigger_words import event_by_trigger


@pytest.mark.parametrize("name, letters", [
    ("Border Security Force", "BSF"),
    ("Ministry of External Affairs", "MEA"),  # the linking words are skipped
    ("Rapid Support Forces", "RSF"),
    ("border force", ""),  # a common noun phrase has no initials
    ("Interpol", ""),  # one word: no initialism
])
def test_initials(name, letters):
    assert initials(name) == letters


@pytest.mark.parametrize("text, trigger, name", [
    # the full name first, its initials later: the same body, with its state
    ("Chile protested against patrols by Peru's Coastal Security Command near the islands. Santiago blames the "
     "shooting on the CSC.", "blames", "Coastal Security Command"),
])
def test_initials_stand_for_the_body_named_before(reader, text, trigger, name):
    event = event_by_trigger(reader, text, trigger)
    assert name in [a.name for a in event.target], event.target


def test_initials_never_named_stay_unknown(reader):
    text = "Santiago blames the shooting on the CSC."
    event = event_by_trigger(reader, text, "blames")
    assert "Coastal Security Command" not in [a.name for a in event.target]
