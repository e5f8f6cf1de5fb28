"""Dates not borrowed by a standing position, and taken from a dated gathering an act was told at
(detente.nlp.event_dates, detente.nlp.tense). Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-09-20"  # a Friday

STANDING = [
    ("Lavrov and Fidan met in Ankara on September 16. Moscow has warned Kyiv against new strikes on the "
     "refinery.", "warned"),
    ("Blinken and Shoukry held talks in Cairo on September 16. Jordan has called on Israel to reopen the "
     "crossing.", "called"),
    ("Ruto and Museveni met in Kampala on September 16. Uganda has accused Kenya of closing the border.",
     "accused"),
]


@pytest.mark.parametrize("text,trigger", STANDING, ids=["threaten", "request", "accuse"])
def test_a_present_perfect_act_takes_no_other_events_date(reader, text, trigger):
    events = reader.read(text, published=PUBLISHED).events
    event = next(e for e in events if e.trigger == trigger)
    assert event.date is None


GATHERED = [
    ("Officials praised the accord between Modi and Sharif at their July summit in Delhi.", "accord",
     ("2024-07-01", "2024-07-31")),
    ("Diplomats recalled the agreement between Ruto and Museveni at their June meeting in Nairobi.", "agreement",
     ("2024-06-01", "2024-06-30")),
]


@pytest.mark.parametrize("text,trigger,span", GATHERED, ids=["summit", "meeting"])
def test_an_act_at_a_dated_gathering_takes_its_date(reader, text, trigger, span):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and (event.date.earliest, event.date.latest) == span
