"""Dates (session 9): a bare year set before another noun ("a 1988 treaty") names that thing, not the time
of the act whose phrase holds it, nor a time the story has moved to; before the event noun itself it dates it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from trigger_words import event_by_trigger


_event = event_by_trigger


@pytest.mark.parametrize("text,trigger", [
    ("Ecuador suspended a 1998 border treaty with Peru on Monday.", "suspended"),
    ("Kenya suspended a 1986 trade treaty with Uganda on Tuesday.", "suspended"),
])
def test_a_year_naming_the_object_does_not_date_the_act(reader, text, trigger):
    event = _event(reader, text, trigger)
    assert event.date is not None and event.date.value and event.date.value.startswith("2024"), event.date


def test_a_year_naming_a_thing_is_no_time_the_story_moved_to(reader):
    text = ("Ghana closed its border with Togo on Monday. It also left a 1975 transit pact with Togo. "
            "Ghanaian troops fired on smugglers near the border.")
    event = _event(reader, text, "fired")
    assert event.date is None or not (event.date.value or event.date.earliest or "").startswith("1975"), event.date


@pytest.mark.parametrize("text, trigger, year", [
    ("Beijing cut military contacts after a 2022 visit to Taipei by Nancy Pelosi, then the House speaker.",
     "visit", "2022"),
    ("Trade fell after a 2022 visit to Havana by Venezuelan President Nicolas Maduro.", "visit", "2022"),
])
def test_a_year_the_tagger_counts_dates_the_event_noun(reader, text, trigger, year):
    """"after a 2022 visit": a year between an article and a singular noun is no count (one thing takes no count)."""
    event = _event(reader, text, trigger)
    assert event.date is not None and (event.date.first, event.date.last) == (f"{year}-01-01", f"{year}-12-31")


def test_a_count_of_things_stays_a_count(reader):
    event = _event(reader, "Russia sent the 2000 troops to Syria on Monday.", "sent")
    assert event.date is not None and event.date.value == "2024-03-18"
