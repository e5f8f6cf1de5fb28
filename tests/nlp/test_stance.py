"""Stance of statements from fixed formulas, stance-bearing cues and words that are not about the relation,
on sentences written for these tests."""

from __future__ import annotations

import pytest

STANCES = [
    # text, words of the statement, stance
    # a red-line formula warns, though none of its words is hostile alone
    ("Foreign Minister Sergey Lavrov said that Crimea was a core interest of the Russian Federation.",
     "core interest", "hostile"),
    ("India's foreign secretary said the river waters were a red line for New Delhi.",
     "red line", "hostile"),
    # a truce is a conciliatory outcome
    ("Prime Minister Shehbaz Sharif said both armies would observe a complete truce from midnight.",
     "complete truce", "conciliatory"),
    # a cue that takes sides by itself: questioning is a challenge, proposing an overture
    ("Prime Minister Keir Starmer questioned whether the Kremlin envoy could commit to anything at all.",
     "Kremlin envoy", "hostile"),
    ("President Emmanuel Macron proposed that the ministers meet again in Geneva next month.",
     "meet again", "conciliatory"),
    # "self-respecting" describes the speaker, not the relation
    ("Vladimir Putin said no self-respecting nation would bow to pressure from abroad.",
     "bow to pressure", "hostile"),
    # "illegal" naming a crime category is a topic, not an accusation
    ("Prime Minister Giorgia Meloni said the new centres had reduced illegal immigration across the sea.",
     "illegal immigration", "neutral"),
    # a predicate after "but" is out of the scope of the negation before it
    ("Foreign Minister Penny Wong said Canberra did not seek confrontation but would firmly defend its "
     "fishermen.", "defend its fishermen", "hostile"),
    # options set side by side for a choice take no side
    ("Prime Minister Mark Carney told both parties they faced a choice between dialogue and ruin.",
     "a choice between", "neutral"),
]


@pytest.mark.parametrize("text,words,stance", STANCES, ids=[s[1] for s in STANCES])
def test_stance(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance

