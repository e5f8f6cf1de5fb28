"""Words said on a meeting's day by one who took part are placed in the meeting's city, even when the text
places the meeting only by its country or by a description (sentences written for these tests)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from detente.nlp.meeting_cities import capital_of, city_held, too_broad


@pytest.mark.parametrize("name,broad", [
    ("Saudi capital", True), ("North Korea", True), (None, True), ("Riyadh", False), ("Windsor Castle", False),
])
def test_a_country_or_a_description_is_no_city(name, broad):
    assert too_broad(name) is broad


def test_a_capital_is_named_from_its_state():
    assert capital_of("SAU") == "Riyadh" and capital_of(None) is None


@pytest.mark.parametrize("text,words,venue", [
    # a capital described, no city named anywhere: the state's capital
    ("Dutch Foreign Minister Caspar Veldkamp met Polish Foreign Minister Radoslaw Sikorski in the Polish "
     "capital on Monday. Veldkamp said the talks had been useful.", "talks had been useful", "Warsaw"),
    # the meeting placed by its country, a same-day act there by its city
    ("Chilean President Gabriel Boric visited Argentina on Monday and held talks with President Javier Milei. "
     "The two leaders signed a trade accord in Buenos Aires on Monday. Boric said the talks had been useful.",
     "talks had been useful", "Buenos Aires"),
])
def test_a_meeting_placed_broadly_is_named_by_its_city(reader, text, words, venue):
    found = [s for s in reader.read(text, published="2025-06-12").statements if words in s.quote]
    assert found and found[0].venue == venue, [(s.quote, s.venue) for s in found]


def _place(name, country):
    return SimpleNamespace(name=name, country=country)


def _act(name, country):
    return SimpleNamespace(location=_place(name, country))


@pytest.mark.parametrize("location,same_day,city", [
    (_place("Seoul", "KOR"), [_act("Busan", "KOR")], "Seoul"),                 # its own city stands
    (_place("North Korea", "PRK"), [_act("Moscow", "RUS"), _act("Pyongyang", "PRK")], "Pyongyang"),
    (_place("North Korea", "PRK"), [_act("Moscow", "RUS")], "North Korea"),    # nothing better: as written
    (_place(None, "PRK"), [], None),                                           # no name: the next meeting tells
])
def test_the_city_a_meeting_was_held_in(location, same_day, city):
    assert city_held(location, same_day) == city
