"""A site named by its nation ("Iranian nuclear sites", "a Russian air base") lies in that country
(sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"


@pytest.mark.parametrize("text,trigger,country", [
    ("Israeli jets struck Iranian nuclear sites on Saturday.", "struck", "IRN"),
    ("The strikes on Iranian nuclear sites in June led Tehran to curb its cooperation.", "strikes", "IRN"),
    ("Iranian officials met at a Russian air base on Sunday.", "met", "RUS"),
])
def test_a_national_site_places_the_event(reader, text, trigger, country):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.location is not None and event.location.country == country, event.location


def test_a_site_with_no_nation_is_no_place(reader):
    text = "Israeli jets struck nuclear sites on Saturday."
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "struck")
    assert event.location is None or event.location.country != "ISR"
