"""A "would" clause hung on a reached agreement tells the deal's future, not a supposition
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from readout_helpers import trigger_status

PUBLISHED = "2025-03-12"

CASES = [
    # the deal was signed: what it provides lies ahead
    ("In March the two governments signed a deal under which Seoul would lift its curbs on Japanese fish "
     "imports.", "CONCEDE", "lift", "planned"),
    # a deal only discussed: its terms remain a supposition
    ("Tokyo and Seoul discussed a deal under which Seoul would lift its curbs on Japanese fish imports.",
     "CONCEDE", "lift", "hypothetical"),
    # a signed deal whose term hangs on an "if": still conditional
    ("Tokyo and Seoul signed a deal under which Seoul would lift its curbs on Japanese fish imports if the "
     "water tests came back clean.", "CONCEDE", "lift", "hypothetical"),
]


@pytest.mark.parametrize("text,type_,trigger,status", CASES, ids=["signed", "discussed", "conditional"])
def test_terms_of_a_reached_agreement_are_planned(reader, text, type_, trigger, status):
    assert trigger_status(reader, text, type_, trigger, PUBLISHED) == status
