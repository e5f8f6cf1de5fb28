"""A bare definite "the city" / "the town" points back to the town named last before it, in its sentence or
the one before (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"

POINTED = [
    ("U.S. Secretary of State Antony Blinken landed in Beirut on Sunday, a day after Israeli jets bombed a "
     "building in the city.", "bombed", "Beirut", "LBN"),
    ("Chinese President Xi Jinping arrived in Hanoi on Monday. Vietnam and China signed 14 agreements in the "
     "city on Tuesday.", "signed", "Hanoi", "VNM"),
]


@pytest.mark.parametrize("text,trigger,name,country", POINTED, ids=["same-sentence", "sentence-before"])
def test_the_city_is_the_town_named_before(reader, text, trigger, name, country):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.location is not None and (event.location.name, event.location.country) == (name, country)


def test_a_country_named_before_is_no_town(reader):
    text = ("U.S. Secretary of State Antony Blinken landed in Lebanon on Sunday, a day after Israeli jets bombed a "
            "building in the city.")
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "bombed")
    assert event.location is None or event.location.name != "Lebanon"
