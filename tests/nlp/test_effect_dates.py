"""The day a measure takes effect dates it: over the day it was announced, told in a clause of its own, and
for measures announced in the sentence before (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-13"  # a Wednesday; Monday is 2024-03-11, Friday 2024-03-15


@pytest.mark.parametrize("verb", ["came into force", "took effect", "entered into force", "went into effect"])
def test_the_day_in_force_beats_the_announcement(reader, verb):
    text = f"A 40% tariff on Brazilian steel announced last month {verb} on Monday."
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "SANCTION")
    assert event.date is not None and event.date.value == "2024-03-11", event.date


@pytest.mark.parametrize("then", [
    "Both cuts are due to take effect on Friday.",
    "The reductions will take effect on Friday.",
    "The changes are expected to enter into force on Friday.",
])
def test_measures_to_come_take_the_day_they_take_effect(reader, then):
    text = ("Under an accord signed on Monday, Canada will scrap its duties on South Korean cars, while "
            f"South Korea will lower its tariffs on Canadian beef. {then}")
    planned = [e for e in reader.read(text, published=PUBLISHED).events if e.status == "planned"]
    assert planned and all(e.date is not None and e.date.value == "2024-03-15" for e in planned), \
        [(e.type, e.date) for e in planned]


def test_a_meeting_is_no_measure_taking_effect(reader):
    text = ("Canada and South Korea will hold trade talks in Seoul next month. "
            "The new customs rules take effect on Friday.")
    talks = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT")
    assert talks.date is None or talks.date.first != "2024-03-15", talks.date


@pytest.mark.parametrize("then,day", [
    ("The new duty will take effect in 14 days.", "2024-03-25"),
    ("The levy is due to take effect 10 days after the order.", "2024-03-21"),
])
def test_an_imposed_measure_taking_effect_later_is_planned(reader, then, day):
    text = f"On Monday, U.S. President Joe Biden signed an order imposing a 30% tariff on goods from Chile. {then}"
    tariff = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "SANCTION")
    assert tariff.status == "planned" and tariff.date is not None and tariff.date.value == day, \
        (tariff.status, tariff.date)


def test_a_measure_already_in_force_stays_done(reader):
    text = ("On Monday, U.S. President Joe Biden signed an order imposing a 30% tariff on goods from Chile. "
            "The duty took effect on Tuesday.")
    tariff = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "SANCTION")
    assert tariff.status == "occurred", tariff.status
