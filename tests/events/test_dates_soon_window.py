""""soon" said of what is to come: the same vague stretch as "the coming weeks" (from the day of
publication to the end of the month six weeks on); said of the past it names no date."""

from __future__ import annotations

from datetime import date

import pytest

from detente.events.dates import resolve_date


@pytest.mark.parametrize("text, published, earliest, latest", [
    ("soon", date(2025, 3, 10), "2025-03-10", "2025-04-30"),
    ("soon", date(2025, 12, 28), "2025-12-28", "2026-02-28"),
])
def test_soon_ahead_is_the_coming_weeks(text, published, earliest, latest):
    got = resolve_date(text, published, tense="future")
    assert (got.earliest, got.latest, got.precision) == (earliest, latest, "range"), got


@pytest.mark.parametrize("tense", ["past", None])
def test_soon_without_a_future_names_no_date(tense):
    assert resolve_date("soon", date(2025, 3, 10), tense=tense) is None
