"""Undated acts dated by the news around them (sentences written for these tests): an act between
the people of the engagement just told is part of it; a statement by a side that had no part in it
is a reaction, dated from that day to publication; an act between the lead's people, with no dated
event near, took place on the lead's day (and at its dateline)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday


def _event(reader, text, trigger):
    events = reader.read(text, published=PUBLISHED).events
    return next(e for e in events if e.trigger == trigger)


def _span(date):
    return (date.value,) if date is not None and date.value else (date.earliest, date.latest) if date else None


REACTIONS = [
    # a side with no part in the act it reacts to, in the next sentence
    ("India and Bangladesh signed a water-sharing accord on Thursday. Pakistan's foreign ministry "
     "criticised India for the deal.", "criticised", ("2024-06-13", "2024-06-14")),
    # further on than the engagement's own window: a statement still reacts to the latest news
    ("Chinese warships harassed a Vietnamese fishing boat near the Paracel Islands on Monday. Vietnam's "
     "coast guard towed the boat back to port. Fishermen said they were frightened. Officials in Hanoi "
     "gave no figures. The crew was taken to hospital. Analysts expect more incidents. In Canberra, the "
     "Australian foreign ministry condemned China's actions as dangerous.", "condemned", ("2024-06-10", "2024-06-14")),
    # a party of the engagement acts within it: its day
    ("India and Bangladesh signed a water-sharing accord on Thursday. Dhaka hailed the accord.",
     "hailed", ("2024-06-13",)),
]


@pytest.mark.parametrize("text,trigger,span", REACTIONS, ids=[r[1] for r in REACTIONS])
def test_reactions_and_parts_of_the_news(reader, text, trigger, span):
    assert _span(_event(reader, text, trigger).date) == span


def test_an_act_by_a_person_of_an_earlier_engagement_takes_that_engagements_day(reader):
    text = ("Jake Sullivan met Zhang Youxia in Beijing on Thursday. On Wednesday, Sullivan had held talks "
            "with Wang Yi. According to state media, Zhang demanded that the United States stop arming Taiwan.")
    assert _span(_event(reader, text, "demanded").date) == ("2024-06-13",)


LEAD = ("TOKYO — Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol spent "
        "nine hours together in Tokyo on Wednesday and Thursday, their longest encounter yet. Analysts "
        "called it a turning point. Kishida urged Yoon to curb exports of chips to Russia, an aide said.")


def test_an_act_between_the_leads_people_takes_the_leads_days_and_dateline(reader):
    urged = _event(reader, LEAD, "urged")
    assert _span(urged.date) == ("2024-06-12", "2024-06-13")
    assert urged.location is not None and urged.location.country == "JPN"
