"""Moves of forces and resumed exchanges told by a phrase (detente.nlp.trigger_relations): pullbacks, ended
presences, forces moving in, lifted pauses and brokered pacts. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,type_,mode", [
    # a withdrawal told by a noun or by ending a presence
    ("The accord should bring the disengagement of both armies from the ridge.", "disengagement", "RETREAT",
     "withdraw"),
    ("Kigali is to end its military presence in the eastern provinces.", "end", "RETREAT", "withdraw"),
    # forces moving into a place are a deployment
    ("Villagers fled as the Sudanese army moved into the valley.", "moved", "MOBILIZE", "troops"),
    # lifting a halt on an exchange resumes it
    ("Washington will lift its freeze on military aid to Kyiv.", "lift", "AID", None),
    ("Seoul said it would end the suspension of intelligence sharing with Tokyo.", "end", "COOPERATE", None),
    # brokering a pact is mediation
    ("The truce was part of a deal brokered by Oman.", "brokered", "CONSULT", "third-party"),
    ("Qatar brokered the prisoner swap agreement.", "brokered", "CONSULT", "third-party"),
])
def test_forces_trigger(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode), found


@pytest.mark.parametrize("text,word", [
    # a presence told, not ended, is no event
    ("The navy keeps a presence in the strait.", "presence"),
    # people moving somewhere are no deployment
    ("Thousands of families moved into the camps.", "moved"),
])
def test_no_forces_event(reader, text, word):
    assert trigger_of(reader, text, word) is None
