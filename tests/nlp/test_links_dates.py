"""Dates of events told relative to another: "three months after X" dates X from the event it
follows; an event inside an "after" clause does not take the day of the news (sentences written for
these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday

DISTANCES = [
    # a clause: its verb names the earlier event
    ("Japan and South Korea signed a trade pact on Friday, nearly three months after Russian forces "
     "attacked the port of Odesa.", "attacked", ("2024-03-01", "2024-03-31")),
    # its subject names it
    ("Turkey and Iraq signed a water accord on Friday, some two months after Turkish air strikes "
     "near Erbil killed dozens of civilians.", "strikes", ("2024-04-01", "2024-04-30")),
]


@pytest.mark.parametrize("text,trigger,span", DISTANCES, ids=[d[1] for d in DISTANCES])
def test_an_event_a_distance_before_is_dated_from_the_later_one(reader, text, trigger, span):
    events = reader.read(text, published=PUBLISHED).events
    earlier = next(e for e in events if e.trigger == trigger)
    assert earlier.date is not None and (earlier.date.earliest, earlier.date.latest) == span, earlier.date


RELATIVE = [
    "Fumio Kishida met Yoon Suk Yeol in Tokyo on Friday. The visit came days after the army staged drills near the border.",
    "Fumio Kishida met Yoon Suk Yeol in Tokyo on Friday. The talks opened soon after rebels launched attacks on the port.",
]


@pytest.mark.parametrize("text", RELATIVE)
def test_a_noun_in_an_after_clause_does_not_take_the_news_day(reader, text):
    events = reader.read(text, published=PUBLISHED).events
    inner = [e for e in events if e.trigger in {"drills", "attacks"}]
    assert inner and all(e.date is None or e.date.value != PUBLISHED for e in inner), \
        [(e.trigger, e.date) for e in events]
