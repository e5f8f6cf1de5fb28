"""Expressions that count from a narrated day ("that night", "the same evening") find that day in their own
paragraph or the one just before, however many sentences those paragraphs hold (sentences written for these
tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-11-29"  # a Friday; Tuesday is 2024-11-26

LEAD = "Peru and Bolivia traded charges on Thursday over a border raid."
FIELD = ("Border guards from Peru crossed into Bolivia late on Tuesday, some of them wading across the river. "
         "A Bolivian farmer said soldiers searched his barn. Two guards were later seen near a school. "
         "Local radio carried the story for hours.")


@pytest.mark.parametrize("expression", ["that night", "that evening", "the same night"])
def test_a_narrated_day_carries_over_one_paragraph_break(reader, expression):
    text = f"{LEAD}\n\n{FIELD}\n\nBolivia recalled its ambassador from Peru {expression}."
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "SANCTION")
    assert event.date is not None and event.date.value == "2024-11-26", event.date



ASIDE = ("The dispute goes back to a fishing quarrel. Farmers on both banks have long complained about the river. "
         "Officials in both capitals have promised calm.")


@pytest.mark.parametrize("expression, day", [("the same day", "2024-11-26"), ("the day before", "2024-11-27")])
def test_the_same_day_past_any_reach_is_the_last_day_told(reader, expression, day):
    """"The same day" points back to the last day told, however far; "the day before" still counts from the
    news day (the lead's Thursday) when no day is near."""
    text = (f"{LEAD}\n\nPeru's foreign minister announced on Tuesday that the guards would be withdrawn.\n\n"
            f"{ASIDE}\n\nBolivia recalled its ambassador from Peru {expression}.")
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "SANCTION")
    assert event.date is not None and event.date.value == day, event.date
