"""Blows a state carries out need no object (detente.nlp.trigger_force_moves.state_carries_out): "strikes"
carried out by a state are attacks, strikes by unions stay stoppages. Sentences written for these tests."""

from __future__ import annotations

import pytest

from detente.nlp.trigger_force_moves import state_carries_out
from detente.nlp.triggers import trigger_for


def _token(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text", [
    "Turkey carried out strikes in two northern provinces in May.",
    "Israel launched strikes overnight.",
    "Russia conducted strikes near the border on Sunday.",
])
def test_a_state_carrying_out_strikes_attacks(reader, text):
    token = _token(reader.nlp, text, "strikes")
    assert state_carries_out(token)
    found = trigger_for(token)
    assert found is not None and found.type == "ASSAULT" and not found.needs_object


@pytest.mark.parametrize("text", [
    "Dockworkers carried out strikes in two northern ports in May.",
    "The unions called strikes across the country.",
])
def test_strikes_by_others_are_not_a_states_blows(reader, text):
    assert not state_carries_out(_token(reader.nlp, text, "strikes"))
