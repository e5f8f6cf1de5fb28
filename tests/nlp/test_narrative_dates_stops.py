"""Inside a trip whose closing day the lead tells: the dates of a clause placing a meeting after earlier
stops do not move the story to those days; the lead's two people meeting again is the lead's day; another
meeting of the trip, undated, took place on one of its days (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday

SANCHEZ = ("Spanish Prime Minister Pedro Sanchez met President Xi Jinping on Friday, closing a three-day visit to "
           "China. The two leaders met at the Great Hall of the People after Sanchez had spent Wednesday in Shanghai "
           "and Thursday in Xi'an with Spanish business leaders. He also held talks with Premier Li Qiang.")
ALBANESE = ("Australian Prime Minister Anthony Albanese held talks with President Xi Jinping on Monday, wrapping up a "
            "three-day trip to China. The two men met in Beijing after Albanese had spent Saturday in Shanghai at a "
            "trade fair. He also met Premier Li Qiang.")


def _dates(reader, text):
    return [(e.trigger, [a.name for a in e.target], e.date) for e in reader.read(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text,first,last", [(SANCHEZ, "2024-06-12", "2024-06-14"),
                                             (ALBANESE, "2024-06-08", "2024-06-10")], ids=["sanchez", "albanese"])
def test_another_meeting_of_the_trip_takes_the_trips_days(reader, text, first, last):
    day = next(d for _, target, d in _dates(reader, text) if "Li Qiang" in target)
    assert day is not None and (day.earliest, day.latest) == (first, last)


@pytest.mark.parametrize("text,day", [(SANCHEZ, "2024-06-14"), (ALBANESE, "2024-06-10")], ids=["sanchez", "albanese"])
def test_the_leads_two_people_meeting_again_is_the_leads_day(reader, text, day):
    # the lead's meeting and "the two ... met" are one act, told by the lead's word ("met" or "talks")
    dates = [d for trigger, target, d in _dates(reader, text) if trigger in {"met", "talks"} and "Xi Jinping" in target]
    assert dates and all(d is not None and d.value == day for d in dates)
