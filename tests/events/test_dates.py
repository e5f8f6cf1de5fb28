"""resolve_date: date expressions resolved against the publication date."""

from datetime import date

import pytest

from detente.events.dates import resolve_date
from detente.records import DateValue

AUG28 = date(2025, 8, 28)  # a Thursday
JAN2 = date(2025, 1, 2)    # a Thursday
DEC20 = date(2024, 12, 20)  # a Friday

# (expression, published, tense, value, earliest, latest, precision)
CASES = [
    # days, year inferred
    ("Sept. 3", AUG28, None, "2025-09-03", None, None, "day"),
    ("September 3", AUG28, None, "2025-09-03", None, None, "day"),
    ("3 September", AUG28, None, "2025-09-03", None, None, "day"),
    ("Sept 3rd", AUG28, None, "2025-09-03", None, None, "day"),
    ("the 3rd of September", AUG28, None, "2025-09-03", None, None, "day"),
    ("Sept. 3", AUG28, "past", "2025-09-03", None, None, "day"),  # 6 days ahead beats 359 back
    ("July 11", AUG28, None, "2025-07-11", None, None, "day"),
    ("on Friday, Sept. 5", AUG28, None, "2025-09-05", None, None, "day"),
    # year boundary
    ("Dec. 30", JAN2, None, "2024-12-30", None, None, "day"),
    ("Dec. 30", JAN2, "future", "2024-12-30", None, None, "day"),
    ("Jan. 5", DEC20, None, "2025-01-05", None, None, "day"),
    ("Jan. 5", DEC20, "past", "2025-01-05", None, None, "day"),
    ("in December", JAN2, None, None, "2024-12-01", "2024-12-31", "month"),
    ("early January", DEC20, None, None, "2025-01-01", "2025-01-15", "part_of_month"),
    ("Feb. 29", date(2025, 3, 1), None, "2024-02-29", None, None, "day"),
    # explicit years
    ("July 11, 2025", AUG28, None, "2025-07-11", None, None, "day"),
    ("11 July 2024", AUG28, None, "2024-07-11", None, None, "day"),
    ("2025-07-11", AUG28, None, "2025-07-11", None, None, "day"),
    ("2024", AUG28, None, None, "2024-01-01", "2024-12-31", "year"),
    ("March 2024", AUG28, None, None, "2024-03-01", "2024-03-31", "month"),
    ("2024-25", AUG28, None, None, "2024-01-01", "2025-12-31", "range"),
    ("the 1990s", AUG28, None, None, "1990-01-01", "1999-12-31", "range"),
    # day ranges
    ("Sept. 17-19", AUG28, None, None, "2025-09-17", "2025-09-19", "days"),
    ("September 17 to 19", AUG28, None, None, "2025-09-17", "2025-09-19", "days"),
    ("17-19 September", AUG28, None, None, "2025-09-17", "2025-09-19", "days"),
    ("Sept. 17\u201319, 2026", AUG28, None, None, "2026-09-17", "2026-09-19", "days"),
    ("Sept. 30-Oct. 2", AUG28, None, None, "2025-09-30", "2025-10-02", "days"),
    # parts of months, months
    ("early September", AUG28, None, None, "2025-09-01", "2025-09-15", "part_of_month"),
    ("mid-September", AUG28, None, None, "2025-09-10", "2025-09-20", "part_of_month"),
    ("late September", AUG28, None, None, "2025-09-16", "2025-09-30", "part_of_month"),
    ("the end of February", date(2024, 2, 1), None, None, "2024-02-16", "2024-02-29", "part_of_month"),
    ("end of the month", AUG28, None, None, "2025-08-16", "2025-08-31", "part_of_month"),
    ("in September", AUG28, None, None, "2025-09-01", "2025-09-30", "month"),
    ("March", AUG28, None, None, "2025-03-01", "2025-03-31", "month"),
    ("March", AUG28, "future", None, "2026-03-01", "2026-03-31", "month"),
    ("next September", date(2025, 9, 10), None, None, "2026-09-01", "2026-09-30", "month"),
    # parts of years, seasons
    ("early 2026", AUG28, None, None, "2026-01-01", "2026-06-30", "part_of_year"),
    ("late 2025", AUG28, None, None, "2025-07-01", "2025-12-31", "part_of_year"),
    ("mid-2025", AUG28, None, None, "2025-04-01", "2025-09-30", "part_of_year"),
    ("the first half of 2025", AUG28, None, None, "2025-01-01", "2025-06-30", "part_of_year"),
    ("the second quarter", AUG28, None, None, "2025-04-01", "2025-06-30", "part_of_year"),
    ("Q4 2024", AUG28, None, None, "2024-10-01", "2024-12-31", "part_of_year"),
    ("early next year", AUG28, None, None, "2026-01-01", "2026-06-30", "part_of_year"),
    ("this autumn", AUG28, None, None, "2025-09-01", "2025-11-30", "season"),
    ("this fall", AUG28, None, None, "2025-09-01", "2025-11-30", "season"),
    ("this winter", AUG28, None, None, "2025-12-01", "2026-02-28", "season"),
    ("this winter", date(2025, 1, 15), None, None, "2024-12-01", "2025-02-28", "season"),
    ("last summer", AUG28, None, None, "2024-06-01", "2024-08-31", "season"),
    # relative
    ("today", AUG28, None, "2025-08-28", None, None, "day"),
    ("yesterday", AUG28, None, "2025-08-27", None, None, "day"),
    ("tomorrow", date(2024, 12, 31), None, "2025-01-01", None, None, "day"),
    ("Tuesday", AUG28, None, "2025-08-26", None, None, "day"),
    ("Tuesday", AUG28, "future", "2025-09-02", None, None, "day"),
    ("Thursday", AUG28, None, "2025-08-28", None, None, "day"),
    ("last week", AUG28, None, None, "2025-08-18", "2025-08-24", "range"),
    ("this week", AUG28, None, None, "2025-08-25", "2025-08-31", "range"),
    ("next week", AUG28, None, None, "2025-09-01", "2025-09-07", "range"),
    ("last month", JAN2, None, None, "2024-12-01", "2024-12-31", "month"),
    ("this month", AUG28, None, None, "2025-08-01", "2025-08-31", "month"),
    ("next month", AUG28, None, None, "2025-09-01", "2025-09-30", "month"),
    ("last year", AUG28, None, None, "2024-01-01", "2024-12-31", "year"),
    ("this year", AUG28, None, None, "2025-01-01", "2025-12-31", "year"),
    ("next year", AUG28, None, None, "2026-01-01", "2026-12-31", "year"),
    ("later this year", AUG28, None, None, "2025-09-01", "2025-12-31", "part_of_year"),
    ("earlier this year", AUG28, None, None, "2025-01-01", "2025-08-28", "part_of_year"),
    ("later this month", AUG28, None, None, "2025-08-29", "2025-08-31", "part_of_month"),
    ("in two weeks", AUG28, None, "2025-09-11", None, None, "day"),
    ("two days ago", AUG28, None, "2025-08-26", None, None, "day"),
    ("three months ago", AUG28, None, None, "2025-05-01", "2025-05-31", "month"),
    ("the coming weeks", AUG28, None, None, "2025-08-28", "2025-10-31", "range"),
    ("the past two weeks", AUG28, None, None, "2025-08-14", "2025-08-27", "range"),
    # unions
    ("later this year or early 2026", AUG28, None, None, "2025-09-01", "2026-06-30", "range"),
    ("between May and July", AUG28, None, None, "2025-05-01", "2025-07-31", "range"),
    ("from May to July 2024", AUG28, None, None, "2024-05-01", "2024-07-31", "range"),
    ("December to February", date(2025, 6, 30), None, None, "2025-12-01", "2026-02-28", "range"),
    ("late 2025 or early 2026", AUG28, None, None, "2025-07-01", "2026-06-30", "range"),
    # dateparser fallback
    ("9/3/2025", AUG28, None, "2025-09-03", None, None, "day"),
]


@pytest.mark.parametrize("text, published, tense, value, earliest, latest, precision", CASES,
                         ids=[f"{c[0]}@{c[1]}/{c[2]}" for c in CASES])
def test_resolve_date(text, published, tense, value, earliest, latest, precision):
    got = resolve_date(text, published, tense)
    assert got == DateValue(value=value, earliest=earliest, latest=latest, precision=precision, text=text)


@pytest.mark.parametrize("text", ["three years", "decades", "two weeks", "48 hours", "a decade", "years",
                                  "the next day", "the previous week", "two days later", "the same day",
                                  "World War II", "now", "", "   ", "Nov. 31", "annual"])
def test_not_dates(text):
    assert resolve_date(text, AUG28) is None


@pytest.mark.parametrize("text", ["yesterday", "Tuesday", "later this year", "Sept. 3", "in September",
                                  "the coming weeks", "two days ago", "next month"])
def test_relative_needs_published(text):
    assert resolve_date(text, None) is None


@pytest.mark.parametrize("text, first, last", [
    ("July 11, 2025", "2025-07-11", "2025-07-11"),
    ("March 2024", "2024-03-01", "2024-03-31"),
    ("early 2026", "2026-01-01", "2026-06-30"),
    ("2024", "2024-01-01", "2024-12-31"),
])
def test_absolute_without_published(text, first, last):
    got = resolve_date(text, None)
    assert (got.first, got.last) == (first, last)


def test_text_is_kept_and_tense_spelling_is_lenient():
    got = resolve_date("  March ", AUG28, "Future")
    assert got.text == "  March " and got.earliest == "2026-03-01"


def test_published_as_iso_string_or_datetime():
    from datetime import datetime
    assert resolve_date("yesterday", "2025-08-28").value == "2025-08-27"
    assert resolve_date("yesterday", datetime(2025, 8, 28, 23, 59)).value == "2025-08-27"


def test_result_is_fresh_object():
    a, b = resolve_date("Sept. 3", AUG28), resolve_date("Sept. 3", AUG28)
    assert a == b and a is not b


def test_round_trips_through_as_dict():
    got = resolve_date("Sept. 17-19", AUG28)
    assert DateValue.from_dict(got.as_dict()) == got


@pytest.mark.parametrize("expression", ["this spring", "next summer", "later this year", "next week"])
def test_relative_expressions_need_a_publication_date(expression):
    assert resolve_date(expression, None) is None
