"""Acts told in a bare "after" phrase or clause of a dated act (sentences written for these tests): the
undated step took place that act's day; "a week after" places it by the distance instead."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"  # a Friday


def _date_of(reader, text: str, trigger: str):
    events = reader.read(text, published=PUBLISHED).events
    return next(e for e in events if e.trigger == trigger).date


@pytest.mark.parametrize("text, trigger, day", [
    ("Brazilian President Luiz Inacio Lula da Silva on Tuesday lifted the tariffs on Argentine wheat, after "
     "Argentine President Javier Milei agreed to buy Brazilian fuel.", "agreed", "2024-03-05"),
    ("Later on Wednesday, Lula granted Paraguay a similar exemption after speaking with Paraguayan President "
     "Santiago Pena.", "speaking", "2024-03-06"),
    ("In Brasilia on Thursday, after talks with Lula, Milei insisted that the deal was fair.",
     "talks", "2024-03-07"),
])
def test_undated_step_takes_the_day_of_the_act_it_led_to(reader, text, trigger, day):
    date = _date_of(reader, text, trigger)
    assert date is not None and date.value == day


def test_a_distance_keeps_its_own_placing(reader):
    text = "Lula lifted the tariffs on Tuesday, a week after Milei agreed to buy Brazilian fuel."
    date = _date_of(reader, text, "agreed")
    assert date is not None and date.value != "2024-03-05"
