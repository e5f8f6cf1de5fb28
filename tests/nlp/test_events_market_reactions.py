"""Traders and investors reacting to the news are no act of a state (sentences written for these tests);
a state's stance in the same words still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Peso traders welcomed the news on Monday.",
    "Investors welcomed the decision on Tuesday.",
])
def test_market_cheers_are_not_events(reader, text):
    events = reader.read(text, published="2025-02-04").events
    assert not [e for e in events if e.type == "SUPPORT"]


def test_a_state_welcoming_the_news_is_still_coded(reader):   # guard
    events = reader.read("Mexico welcomed the news on Monday.", published="2025-02-04").events
    assert [e.type for e in events] == ["SUPPORT"]
