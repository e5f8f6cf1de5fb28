""""this week" told of a done act runs up to publication and of a planned one from it; a counted term ahead
("the next five years") starts on the day of publication; "at an early date" reads as "soon"; "that month"
after a dated moment is that moment's month (sentences and phrases written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.events.anchored_dates import next_period, same_calendar_period
from detente.events.dates import resolve_date
from detente.records import DateValue

THURSDAY = date(2025, 6, 19)


@pytest.mark.parametrize("tense,first,last", [
    ("past", "2025-06-16", "2025-06-19"),
    ("future", "2025-06-19", "2025-06-22"),
    (None, "2025-06-16", "2025-06-22"),
])
def test_this_week_keeps_the_side_of_publication_its_tense_tells(tense, first, last):
    value = resolve_date("this week", THURSDAY, tense=tense)
    assert (value.earliest, value.latest) == (first, last)


@pytest.mark.parametrize("text,first,last", [
    ("the next ten years", "2025-06-19", "2035-06-18"),
    ("the next three months", "2025-06-19", "2025-09-18"),
    ("the next two weeks", "2025-06-20", "2025-07-03"),  # short spans still start the day after
])
def test_a_counted_long_term_ahead_starts_on_publication(text, first, last):
    value = resolve_date(text, THURSDAY)
    assert (value.earliest, value.latest) == (first, last)


@pytest.mark.parametrize("text,tense,expected", [
    ("at an early date", "future", ("2025-06-19", "2025-07-31")),
    ("an early date", "future", ("2025-06-19", "2025-07-31")),
    ("an early date", "past", None),
])
def test_an_early_date_reads_as_soon(text, tense, expected):
    value = resolve_date(text, THURSDAY, tense=tense)
    assert (value and (value.earliest, value.latest)) == expected


APRIL = DateValue(earliest="2025-04-16", latest="2025-04-30", precision="part_of_month", text="late April")


@pytest.mark.parametrize("text,expected", [
    ("that month", ("2025-04-01", "2025-04-30")),
    ("the same year", ("2025-01-01", "2025-12-31")),
    ("the following month", ("2025-05-01", "2025-05-31")),
    ("that week", None),
])
def test_that_month_is_the_anchors_own(text, expected):
    value = next_period(APRIL, text)
    assert (value and (value.earliest, value.latest)) == expected
    assert same_calendar_period(text) == (text in {"that month", "the same year"})
