"""Talking to a news outlet is an interview, not a consultation between parties. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Foreign Minister Radoslaw Sikorski, speaking to CNN on Monday, said the talks had been useful.",
    "Speaking to the daily Politika on Sunday, Vucic said Serbia would not join sanctions.",
])
def test_speaking_to_an_outlet_is_no_consult(reader, text):
    events = reader.read(text, published="2025-03-12").events
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


def test_speaking_to_a_minister_is_still_a_consult(reader):
    text = "Foreign Minister Radoslaw Sikorski, speaking to Sergei Lavrov on Monday, said the talks had been useful."
    events = reader.read(text, published="2025-03-12").events
    assert [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, place", [
    ("Belarus's deputy foreign minister visited Russia today, the ministry said.", "Russia"),
    ("Kazakhstan's trade envoy visited China daily while the border talks lasted.", "China"),
])
def test_a_state_before_a_lower_case_word_is_no_outlet(reader, text, place):
    """"Russia today", "China daily": a state and an ordinary word, not the outlets Russia Today and China Daily."""
    events = reader.read(text, published="2025-03-12").events
    assert any(e.type == "CONSULT" and place in [a.name for a in e.target] for e in events)
