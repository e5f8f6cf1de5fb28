"""Ties cut, run down or worsening read as hostile, not cutting them as neutral
(stance_ruptures), on sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

CASES = [
    # text, words of the statement, stance
    ("Minister Kovac said Slovenia was severing relations with Minsk and recalling its ambassador.",
     "severing relations", "hostile"),
    ("The foreign ministry said Chile would reduce the Bolivian consular presence in Santiago.",
     "reduce the Bolivian consular presence", "hostile"),
    ("President Arce said Bolivia had withdrawn its diplomatic staff from Lima.", "withdrawn its diplomatic staff",
     "hostile"),
    ("Minister Tajani said relations with Tirana had deteriorated sharply.", "had deteriorated sharply", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_rupture_stance(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)
