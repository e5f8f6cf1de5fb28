"""A day or month whose year is told relative to publication ("Oct. 8 last year", "May of next year")
resolves in that year (phrases written for these tests)."""

from __future__ import annotations

import pytest

from detente.events.dates import resolve_date


@pytest.mark.parametrize("text, first, last", [
    ("Oct. 8 last year", "2023-10-08", "2023-10-08"),
    ("on 8 October last year", "2023-10-08", "2023-10-08"),
    ("June 5 this year", "2024-06-05", "2024-06-05"),
    ("March 3-5 next year", "2025-03-03", "2025-03-05"),
    ("in May last year", "2023-05-01", "2023-05-31"),
    ("May of next year", "2025-05-01", "2025-05-31"),
])
def test_day_or_month_with_a_relative_year(text, first, last):
    value = resolve_date(text, "2024-05-15")
    assert value is not None and (value.first, value.last) == (first, last), value
