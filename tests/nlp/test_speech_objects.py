"""What a cue without a clause is about (detente.nlp.speech_objects), on sentences written for these tests."""

from __future__ import annotations

import pytest


def _quotes(reader, text):
    return [s.quote for s in reader.read(text, published="2025-03-01").statements]


@pytest.mark.parametrize("text, addressee", [
    ("The minister pressed Beijing hard on the matter in their talks.", "Beijing"),
    ("Asked about the flight, the spokeswoman told reporters on Tuesday, without giving details.", "reporters"),
    ("The premier thanked him on Monday during the banquet.", "him"),
    ("The new prime minister thanked Ottawa warmly at the start of the visit.", "Ottawa"),
])
def test_the_one_spoken_to_is_never_the_quote(reader, text, addressee):
    assert addressee not in _quotes(reader, text)


@pytest.mark.parametrize("text, content", [
    ("The president thanked Hanoi for supporting the plan to build a new port.", "supporting the plan"),
    ("The anchor asked him about his business dealings in Moscow.", "his business dealings"),
])
def test_words_to_someone_are_about_their_topic(reader, text, content):
    assert any(q.startswith(content) for q in _quotes(reader, text))


def test_a_topic_object_stays_the_quote(reader):
    """Guard: "urged restraint" is about restraint, not an addressee."""
    assert "restraint" in " ".join(_quotes(reader, "The foreign minister urged restraint on Monday."))


def test_told_reporters_keeps_the_clause_hung_on_a_date(reader):
    text = "In Hanoi, the spokesman Pham Thu told reporters the same day that the authorities were checking the report."
    quotes = _quotes(reader, text)
    assert "the authorities were checking the report" in quotes and "reporters" not in quotes
