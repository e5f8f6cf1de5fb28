"""Ties cut, run down or worsening read as hostile, not cutting them as neutral
(stance_ruptures), on sentences written for these tests."""

from __future__ import annotations

import pytest

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
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote or words in st.evidence.sentence]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance, (found[0].quote, found[0].stance)
