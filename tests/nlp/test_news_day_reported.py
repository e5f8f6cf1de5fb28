"""nlp.news_day: an act told in the present perfect ("have agreed") inside a dated report ("..., the ministry
said on Tuesday") is the news the report brings, so it takes the report's day rather than none (sentences
written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-09-12"  # a Thursday


@pytest.mark.parametrize("text, kind, day", [
    ("Chile and Bolivia have agreed to reopen their border crossings, the Chilean foreign ministry said on Tuesday.",
     "AGREE", "2024-09-10"),
    # (an undated "agreed to" + a coded act, told as an outcome, is the act alone: README convention 12)
    ("Kenya and Ethiopia have agreed to deepen their cooperation on border crossings, the Kenyan government said "
     "on Monday.", "AGREE", "2024-09-09"),
])
def test_perfect_told_in_a_dated_report(reader, text, kind, day):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == kind)
    assert event.date is not None and event.date.value == day, event.date
