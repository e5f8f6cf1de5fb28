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

