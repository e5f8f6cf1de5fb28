"""nlp.places / place_names: the residence a head of state receives visitors in is a place in that country
("a White House visit", "at the Miraflores palace"), also when the text elsewhere uses it as an actor
(sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-11"


@pytest.mark.parametrize("text, country", [
    ("Kenyan President William Ruto won praise from Joe Biden during a White House visit on Monday.", "USA"),
    ("Brazil's foreign minister met Nicolas Maduro at the Miraflores presidential palace on Friday.", "VEN"),
    ("Chilean President Gabriel Boric held talks with Javier Milei at the Casa Rosada on Monday.", "ARG"),
])
def test_a_seat_of_government_places_the_meeting(reader, text, country):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    assert events and events[0].location is not None and events[0].location.country == country, events
