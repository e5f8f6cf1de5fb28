"""A deadline still ahead ("before the end of the year", "by August") dates an act from publication to
it, not within the period it names (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-01"

DEADLINES = [
    ("Officials said India and Pakistan would hold talks before the end of the year.", "talks",
     ("2024-06-01", "2024-12-31")),
    ("Officials said India and Pakistan would hold talks by the end of next month.", "talks",
     ("2024-06-01", "2024-07-31")),
    ("Japan and South Korea agreed to sign the accord by August.", "sign", ("2024-06-01", "2024-08-31")),
    ("Officials said India and Pakistan would hold talks before August.", "talks", ("2024-06-01", "2024-07-31")),
]


def _date(reader, text, trigger):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    return (event.date.earliest, event.date.latest) if event.date else None


@pytest.mark.parametrize("text,trigger,span", DEADLINES, ids=["end-of-year", "end-of-next-month", "by", "before"])
def test_a_deadline_ahead_runs_from_publication(reader, text, trigger, span):
    assert _date(reader, text, trigger) == span


def test_a_period_without_deadline_word_keeps_its_bounds(reader):
    text = "Officials said India and Pakistan would hold talks in August."
    assert _date(reader, text, "talks") == ("2024-08-01", "2024-08-31")
