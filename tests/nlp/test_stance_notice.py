"""A warning given as notice takes no side (stance_notice), on sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

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
    found = statement_with(reader, text, words)
    assert found.stance == "neutral", (found.quote, found.stance)
