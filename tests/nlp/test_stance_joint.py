"""Stance of a will both sides share (stance_joint), on sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # text, words of the statement, stance
    ("The minister told reporters that the two sides had agreed to stay in touch about the summit.",
     "the two sides had agreed", "conciliatory"),
    ("The envoy said both governments wanted the two presidents to meet before the winter.",
     "both governments wanted", "conciliatory"),
    ("The foreign minister remarked that the two delegations had listened to one another for hours.",
     "the two delegations had listened", "conciliatory"),
    # one side's will alone is no shared one
    ("The minister said the government wanted the inspectors to leave before the winter.",
     "the government wanted", "neutral"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_a_will_both_sides_share(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance


PAIRS = [
    # the pair named by "the two" or "both" alone, or as "powers"; working with one another
    ("The minister told reporters that the two had agreed to meet again about the river.", "the two had agreed",
     "conciliatory"),
    ("The envoy said both wanted the ferry line reopened before the summer.", "both wanted", "conciliatory"),
    ("The chancellor said the two powers would coordinate their patrols in the strait.",
     "the two powers would coordinate", "conciliatory"),
    ("The president said the two governments could collaborate on the new railway.",
     "the two governments could collaborate", "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", PAIRS, ids=[c[1] for c in PAIRS])
def test_the_pair_named_alone(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
