"""Overtures reported, not offered (stance_reported), on sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # text, words of the statement, stance
    # talks or a truce named only by their host, format or start take no side
    ("The foreign minister said Norway would host the next round of talks.", "host the next round", "neutral"),
    ("The spokesman said the negotiations would be indirect and held in Muscat.", "would be indirect", "neutral"),
    ("The mediator told reporters the ceasefire would begin at dawn on Monday.", "would begin at dawn", "neutral"),
    ('"We are holding technical talks with Baku," the deputy minister said.', "holding technical talks",
     "neutral"),
    # "step up" intensifies what it governs; it is no overture
    ("The interior minister said he had told the coast guard to step up patrols along the coast.",
     "step up patrols", "neutral"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_overtures_reported_not_offered(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
