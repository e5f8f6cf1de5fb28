"""Attacks told by what was hit (detente.nlp.trigger_impacts): sentences written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,mode", [
    ("Turkish jets hit targets near Dohuk in northern Iraq on Sunday.", "hit", None),
    ("Three rockets landed in Israeli villages near the border.", "landed", None),
    ("One of the missiles landed inside a Ukrainian army base.", "landed", None),
    ("Greek coast guard personnel boarded Turkish fishing boats near the islet.", "boarded", None),
    ("Police officers threw her to the ground outside the consulate.", "threw", "beat"),
])
def test_impacts_are_assaults(reader, text, word, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "ASSAULT" and found.mode == mode, found


@pytest.mark.parametrize("text,word", [
    ("Inflation hit a record high in March.", "hit"),
    ("The delegation landed in Hanoi on Monday evening.", "landed"),
    ("Hundreds of tourists boarded a Greek ferry in Piraeus.", "boarded"),
    ("The children threw the ball to the ground.", "threw"),
])
def test_other_impacts_are_no_assaults(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "ASSAULT", found
