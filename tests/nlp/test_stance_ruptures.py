"""Ties cut, run down or worsening read as hostile, not cutting them as an assurance, conciliatory
(stance_ruptures, README convention 17), on sentences written for these tests."""

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
    ("The premier said Riga did not intend to sever relations with Minsk.", "did not intend to sever", "conciliatory"),
    ("Minister Lind said Oslo would not recall its ambassador from Tallinn.", "would not recall", "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_rupture_stance(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)
