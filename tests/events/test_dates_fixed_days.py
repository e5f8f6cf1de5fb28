"""events.dates: a day of the year known by name on a fixed date ("May Day") is that day, not its month; "early on
Tuesday" is Tuesday (session 24; phrases written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.events.dates import resolve_date

THURSDAY = date(2024, 5, 2)


@pytest.mark.parametrize("text, day", [
    ("May Day", "2024-05-01"),
    ("Christmas Day", "2023-12-25"),
    ("New Year's Day", "2024-01-01"),
    ("May Day 2022", "2022-05-01"),
    ("early on Tuesday", "2024-04-30"),
    ("late on Monday", "2024-04-29"),
])
def test_a_named_day_is_one_day(text, day):
    value = resolve_date(text, THURSDAY, "past")
    assert value is not None and value.value == day, value


def test_a_month_stays_a_month():
    value = resolve_date("May", THURSDAY, "past")
    assert value is not None and value.value is None and value.precision == "month", value
