"""Refusing to tell is no refusal of anything: "declined to confirm whether ..." withholds an answer and
codes no REJECT (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize("text", [
    "Japan's foreign minister declined to confirm whether his envoys had contacted Venezuelan officials.",
    "Australia's defence minister refused to disclose whether Canberra had met Chinese diplomats in Hanoi.",
    "Tokyo declined to reveal whether it had sent a delegation to Pyongyang.",
])
def test_refusing_to_tell_is_no_rejection(reader, text):
    events = reader.read(text, published=PUBLISHED).events
    assert all(e.type != "REJECT" for e in events)
    assert all(e.status != "occurred" for e in events)


def test_refusing_an_offer_is_still_a_rejection(reader):
    events = reader.read("Caracas refused the American offer of talks.", published=PUBLISHED).events
    assert any(e.type == "REJECT" or e.status == "declined" for e in events)
