"""Taking part in a gathering still to come (sentences written for these tests): attending, making
the trip or travelling to "the summit" happens when and where the gathering is held; a gathering
named with "the" and no date is held on the day to come told just before; a government body
announcing its own side's attendance confirms it; "attend the ceremony in X" is placed in X."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday

SUMMIT = ("ASEAN leaders gather in Vientiane on Tuesday and Wednesday for a summit on trade. Thailand is "
          "still weighing whether its prime minister should make the trip. Philippine President "
          "Ferdinand Marcos Jr. is expected to attend.")


def _events(reader, text):
    return {e.trigger: e for e in reader.read(text, published=PUBLISHED).events}


@pytest.mark.parametrize("trigger", ["trip", "attend"])
def test_attending_takes_the_gatherings_days_and_place(reader, trigger):
    event = _events(reader, SUMMIT)[trigger]
    assert event.date is not None and (event.date.earliest, event.date.latest) == ("2024-06-18", "2024-06-19")
    assert event.location is not None and event.location.country == "LAO"


def test_travelling_to_the_summit_named_again_takes_its_days(reader):
    text = ("ASEAN leaders gather in Vientiane on Tuesday and Wednesday for a summit on trade. Japan and "
            "China will hold talks in Beijing on Monday. Japan's foreign ministry said on Thursday that Prime "
            "Minister Fumio Kishida would travel to the summit.")
    travel = _events(reader, text)["travel"]  # the summit, not the talks told last
    assert (travel.date.earliest, travel.date.latest) == ("2024-06-18", "2024-06-19")
    assert travel.location.country == "LAO"


INAUGURATION = ("Kishida will not be in Manila on Monday. Marcos had invited the Japanese leader to the "
                "inauguration, but Tokyo declined and said Foreign Minister Yoko Kamikawa would attend instead.")


@pytest.mark.parametrize("trigger", ["inauguration", "attend"])
def test_a_gathering_named_with_the_takes_the_day_to_come_told_before(reader, trigger):
    event = _events(reader, INAUGURATION)[trigger]
    assert event.date is not None and event.date.value == "2024-06-17"


def test_a_past_day_told_before_does_not_date_a_gathering(reader):
    text = ("Kishida was in Manila on Monday. Marcos had invited the Japanese leader to the inauguration, "
            "but Tokyo declined.")
    event = _events(reader, text)["inauguration"]
    assert event.date is None


@pytest.mark.parametrize("text,status", [
    ("Japan's foreign ministry said on Thursday that Prime Minister Fumio Kishida would travel to Vientiane.",
     "confirmed"),
    # the traveller's own word is his plan; a body of another state announces nothing for him
    ("Fumio Kishida said on Thursday that he would travel to Vientiane.", "planned"),
    ("China's foreign ministry said on Thursday that Prime Minister Fumio Kishida would travel to Vientiane.",
     "planned"),
])
def test_a_government_body_announcing_its_sides_attendance_confirms_it(reader, text, status):
    assert _events(reader, text)["travel"].status == status


def test_attending_a_ceremony_in_a_city_is_placed_there(reader):
    event = _events(reader, "Foreign Minister Yoko Kamikawa will attend the ceremony in Manila.")["attend"]
    assert event.location is not None and event.location.name == "Manila"


def test_what_a_visitor_does_during_a_visit_is_in_the_host_country(reader):
    text = ("Antony Blinken wrapped up a three-day visit to Japan on Thursday with a meeting with Fumio "
            "Kishida. Blinken spent Tuesday and Wednesday in talks with Yoko Kamikawa at the Hakone retreat.")
    talks = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "talks")
    assert talks.location is not None and talks.location.country == "JPN", talks.location
