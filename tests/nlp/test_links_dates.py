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


SAME_MOMENT = [
    ("Kenya said on Tuesday it had recalled its envoy from Kampala, as Uganda closed the border.", "closed",
     "2024-06-11"),
    ("India said on Wednesday it would send more troops, as Chinese forces seized a ridge.", "seized",
     "2024-06-12"),
]


@pytest.mark.parametrize("text,trigger,day", SAME_MOMENT, ids=[s[1] for s in SAME_MOMENT])
def test_a_same_moment_clause_shares_its_governors_day(reader, text, trigger, day):
    events = reader.read(text, published=PUBLISHED).events
    event = next(e for e in events if e.trigger == trigger)
    assert event.date is not None and event.date.value == day, event.date


def test_the_day_after_said_is_the_sayings_not_the_later_acts(reader):
    text = "India said on Wednesday it would send more troops to the border."
    readout = reader.read(text, published=PUBLISHED)
    send = next(e for e in readout.events if e.trigger == "send")
    assert send.date is None  # the sending is still to come; Wednesday is when India said so
    said = next(s for s in readout.statements if "send more troops" in s.quote)
    assert said.date is not None and said.date.value == "2024-06-12"  # last Wednesday, not next
