"""A visit called off or put off, with the day it had been set for told in a relative clause (sentences
written for these tests): "a trip to X that had been scheduled for Friday" was due that Friday, also when
the parser hangs the clause on the place."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-15"  # a Wednesday


@pytest.mark.parametrize("text, trigger, first", [
    ("Colombian President Gustavo Petro postponed a visit to Costa Rica that was scheduled for Monday.",
     "visit", "2024-05-20"),
    ("Philippine President Ferdinand Marcos Jr. cancelled a trip to South Korea that had been scheduled for "
     "Friday.", "trip", "2024-05-17"),
    ("Philippine President Ferdinand Marcos Jr. cancelled a trip to South Korea that had been planned for next "
     "week.", "trip", "2024-05-20"),
])
def test_the_day_a_called_off_visit_was_set_for(reader, text, trigger, first):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.status == "cancelled" and event.date is not None and event.date.first == first
