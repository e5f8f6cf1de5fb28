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


# The count told in one sentence, the arrival in another: the arrival opens the counted stay.
SEPARATE_COUNTS = [
    ("Argentina and Chile signed a water accord on Thursday at the end of a three-day state visit by Argentine "
     "President Javier Milei. Milei arrived in Santiago on Tuesday and was received by Chilean President Gabriel "
     "Boric.", "received", ("2024-03-05", "2024-03-07")),
    ("Brazilian President Lula held talks with Chilean President Boric in Santiago on Wednesday, on the second "
     "day of a four-day state visit. Lula flew in on Tuesday.", "flew", ("2024-03-05", "2024-03-08")),
    ("Argentina and Chile signed a water accord on Thursday at the end of a three-day state visit by Argentine "
     "President Javier Milei. Milei arrived in Santiago on Monday and was received by Chilean President Gabriel "
     "Boric.", "received", ("2024-03-04", "2024-03-04")),  # a day that is not the stay's first: no stretch
]


@pytest.mark.parametrize("text, trigger, days", SEPARATE_COUNTS)
def test_an_arrival_on_a_counted_stays_first_day_takes_the_stay(reader, text, trigger, days):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and (event.date.first, event.date.last) == days, event.date
