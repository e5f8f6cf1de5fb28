"""Stance of opposition shared with the other side (stance_alignment), on sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # text, words of the statement, stance
    # what the two parties oppose together is a third thing: opposing it together draws them closer
    ("The premier said the two nations would work together against piracy and coercive trade practices.",
     "work together against piracy", "conciliatory"),
    ("The president said both governments would resist hegemony and defend open markets side by side.",
     "would resist hegemony", "conciliatory"),
    ("The minister urged Canberra to fight economic coercion together.", "fight economic coercion",
     "conciliatory"),
    # the other side asked to oppose a third thing: no hostility towards it
    ("The envoy urged Seoul to reject protectionism in the coming trade round.",
     "reject protectionism", "neutral"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_opposition_shared_with_the_other_side(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
