"""A warning given as notice takes no side (stance_notice), on sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # text, words of the statement
    ("The defence ministry said the navy had given 48 hours' warning before the firing drill.",
     "48 hours' warning"),
    ("Officials in Oslo said that six hours of warning was the usual practice for such flights.",
     "six hours of warning"),
    ("The general staff said it had passed warnings about the balloons to Riga and Vilnius.",
     "passed warnings about the balloons"),
    ("The minister said Tallinn had received advance warning of the missile test.", "advance warning"),
]


@pytest.mark.parametrize("text,words", CASES, ids=[c[1] for c in CASES])
def test_notice_given_is_neutral(reader, text, words):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote or words in st.evidence.sentence]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == "neutral", (found[0].quote, found[0].stance)
