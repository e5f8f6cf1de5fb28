"""Vague windows ahead of publication: "the coming weeks" runs from the day of publication to the end
of the month six weeks on; "the coming months" are the next four whole months (the current one only
when the article appears on its first day)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.events.dates import resolve_date

WINDOWS = [
    ("the coming weeks", date(2025, 3, 10), "2025-03-10", "2025-04-30"),
    ("in the coming weeks", date(2025, 3, 25), "2025-03-25", "2025-05-31"),
    ("the weeks ahead", date(2025, 12, 28), "2025-12-28", "2026-02-28"),
    ("the coming months", date(2025, 3, 10), "2025-04-01", "2025-07-31"),
    ("in the coming months", date(2025, 9, 1), "2025-09-01", "2025-12-31"),
    ("the months ahead", date(2025, 11, 20), "2025-12-01", "2026-03-31"),
]


@pytest.mark.parametrize("text, published, earliest, latest", WINDOWS, ids=[f"{w[0]}@{w[1]}" for w in WINDOWS])
def test_vague_window_ahead(text, published, earliest, latest):
    got = resolve_date(text, published)
    assert (got.earliest, got.latest, got.precision) == (earliest, latest, "range"), got


@pytest.mark.parametrize("text, earliest, latest", [
    ("the coming days", "2025-03-11", "2025-03-17"),    # a week: days are not rounded to months
    ("the next two weeks", "2025-03-11", "2025-03-24"),  # a number says how far
    ("the next few weeks", "2025-03-11", "2025-04-07"),  # "few" is a count (up to four)
    ("the past few months", "2024-11-10", "2025-03-09"),
])
def test_other_windows_unchanged(text, earliest, latest):
    got = resolve_date(text, date(2025, 3, 10))
    assert (got.earliest, got.latest) == (earliest, latest), got
