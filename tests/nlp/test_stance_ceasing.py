"""Hostile acts a side offers to stop read as an overture, stopping them refused as hostile
(stance_ceasing), on sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

CASES = [
    # text, words of the statement, stance
    ("President Ruto said Kenya would stop the shelling along the border at once.", "stop the shelling",
     "conciliatory"),
    ("Minister Fidan said Turkey was ready to help end the war in the Caucasus.", "help end the war",
     "conciliatory"),
    ("President Lukashenko said Belarus would halt the strikes near the frontier.", "halt the strikes", "conciliatory"),
    # stopping refused
    ("President Duda said Warsaw believed Minsk did not want to end the attacks.", "did not want to end the attacks",
     "hostile"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_ceasing_stance(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)


TOPICS = [
    # stopping named as a topic or asked about is no offer
    ("President Ruto insisted that nothing about ending the war could be decided behind Nairobi's back.",
     "nothing about ending the war"),
    ("President Ruto said no decision on how to end the war could be taken without Kenya.", "how to end the war"),
]


@pytest.mark.parametrize("text,words", TOPICS, ids=[c[1] for c in TOPICS])
def test_stopping_as_a_topic_is_no_offer(reader, text, words):
    found = statement_with(reader, text, words)
    assert found.stance != "conciliatory", (found.quote, found.stance)
