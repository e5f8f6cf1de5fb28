"""Expressions that count from a narrated day ("that evening") told in the past count from a day told as
past, not from one a side said was still to come; a weekday with a part of the day ("Sunday morning")
names that day (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-11-29"  # a Friday; Monday is 2024-11-25


@pytest.mark.parametrize("plan", [
    "Mr Milei wrote that on Jan. 15 he would impose the duty on all Chilean goods.",
    "The duties were due to start on Jan. 15.",
])
def test_that_evening_skips_a_day_still_to_come(reader, plan):
    text = (f"Argentina threatened on Monday to impose a 20% duty on Chilean goods. {plan} "
            "Chilean President Gabriel Boric spoke to Milei by phone that evening.")
    call = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT")
    assert call.date is not None and call.date.value == "2024-11-25", call.date


@pytest.mark.parametrize("text, day", [
    ("A truce between Peru and Bolivia took effect on Sunday morning, almost three hours late.", "2024-11-24"),
    ("The Peruvian army closed the border with Bolivia on Saturday night.", "2024-11-23"),
    ("Peru expelled Bolivia's ambassador on Tuesday night, hours after the vote.", "2024-11-26"),
])
def test_a_weekday_with_a_part_of_the_day_names_that_day(reader, text, day):
    event = reader.read(text, published=PUBLISHED).events[0]
    assert event.date is not None and event.date.value == day, event.date
