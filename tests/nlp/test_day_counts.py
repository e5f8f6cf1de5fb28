"""Occasions counted in days where the count is no adjective on the event word: "wrapped up two days of
talks on Tuesday", "arrived on Monday for a three-day visit" (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"  # a Friday


@pytest.mark.parametrize("text, trigger, first, last", [
    ("Chilean and Peruvian negotiators wrapped up two days of talks in Lima on Wednesday on a fisheries accord.",
     "talks", "2024-03-05", "2024-03-06"),
    ("Brazilian President Luiz Inacio Lula da Silva arrived in Santiago on Monday for a three-day state visit, "
     "his first to Chile since taking office.", "visit", "2024-03-04", "2024-03-06"),
])
def test_counted_days_give_the_occasion_its_days(reader, text, trigger, first, last):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and (event.date.first, event.date.last) == (first, last), event.date
