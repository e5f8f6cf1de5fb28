"""Stance of a denied isolation (stance_isolation), on sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # text, words of the statement, stance
    ("The defence minister said Tokyo would not patrol the strait alone.", "patrol the strait alone",
     "conciliatory"),
    ('"Moldova is not alone," the commissioner said.', "Moldova is not alone", "conciliatory"),
    ("The chancellor said European security did not mean Europe going it alone.", "going it alone",
     "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_a_denied_isolation(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
