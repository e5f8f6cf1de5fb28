"""A relative clause that brings the event about dates it (sentences written for these tests):
"the sanctions that Washington imposed in March" were imposed in March, not on the day of the news
told before; a clause that only talks about the event ("that Seoul criticised in March") does not."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday
MET = "Kishida met Yoon in Seoul on Thursday. "


def _sanctions(reader, text):
    return next(e for e in reader.read(MET + text, published=PUBLISHED).events if e.trigger == "sanctions")


@pytest.mark.parametrize("text", [
    "Yoon warned that the sanctions that Washington imposed in March on North Korea were working.",
    "Yoon warned Pyongyang against the restoration of U.N. sanctions that Washington set in motion in March.",
    "Yoon welcomed the sanctions on North Korea that Washington announced in March.",
])
def test_a_clause_that_brings_the_event_about_dates_it(reader, text):
    assert _sanctions(reader, text).date.text == "March"


def test_a_clause_that_talks_about_the_event_does_not(reader):
    text = "Yoon said the sanctions on North Korea that Beijing criticised in March were working."
    sanctions = _sanctions(reader, text)
    assert sanctions.date is None or sanctions.date.text != "March"


@pytest.mark.parametrize("text, trigger, day", [
    ("Zelensky will join a summit of European leaders that Starmer is hosting in London on Sunday.", "summit",
     "2025-03-02"),
    ("Ruto will attend a summit on Sudan that Egypt is convening in Cairo on Sunday.", "summit", "2025-03-02"),
])
def test_hosting_clause_dates_the_gathering(reader, text, trigger, day):
    event = next(e for e in reader.read(text, published="2025-02-28").events if e.trigger == trigger)
    assert event.date is not None and event.date.value == day, event.date
