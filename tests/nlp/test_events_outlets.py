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
