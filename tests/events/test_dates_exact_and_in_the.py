"""events.dates: "earlier in the week" is the part of the publication week before publication (as "earlier
this week"); "25 years to the day" is an exact distance, that very day, not the whole year."""

from __future__ import annotations

from datetime import date

import pytest

from detente.events.anchored_dates import distance_from
from detente.events.dates import resolve_date
from detente.records import DateValue

SATURDAY = date(2025, 3, 29)


@pytest.mark.parametrize("text, tense, first, last", [
    ("earlier in the week", "past", "2025-03-24", "2025-03-28"),
    ("earlier in the month", "past", "2025-03-01", "2025-03-28"),
    ("later in the year", "future", "2025-04-01", "2025-12-31"),
])
def test_part_of_the_current_period(text, tense, first, last):
    value = resolve_date(text, SATURDAY, tense)
    assert value is not None and (value.first, value.last) == (first, last), value


def test_later_in_the_month_told_of_the_past_counts_from_the_narration():
    assert resolve_date("later in the month", SATURDAY, "past") is None


@pytest.mark.parametrize("text, sign, day", [
    ("25 years to the day", -1, "1999-05-07"),
    ("a year to the day", 1, "2025-05-07"),
    ("six months to the day", -1, "2023-11-07"),
])
def test_a_distance_to_the_day_is_exact(text, sign, day):
    value = distance_from(DateValue(value="2024-05-07", precision="day"), text, sign)
    assert value is not None and value.value == day, value
