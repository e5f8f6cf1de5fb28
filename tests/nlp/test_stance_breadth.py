"""Stance beyond the words the lexicon lists: adjectives and nouns made from its verbs, on sentences written
for these tests."""

from __future__ import annotations

import pytest

STANCES = [
    # text, words of the statement, stance
    # an adjective or noun made from a verb of the lexicon keeps the verb's stance
    ("Prime Minister Anthony Albanese said both capitals should protect their improved ties.",
     "improved ties", "conciliatory"),
    ("Foreign Minister Annalena Baerbock said Berlin remained available for engagement with Beijing.",
     "engagement with Beijing", "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", STANCES, ids=[s[1] for s in STANCES])
def test_stance_breadth(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
