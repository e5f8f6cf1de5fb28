"""Dates an event takes from the event it is told with (sentences written for these tests): a
where/when clause of an event (or of its date) happened then; "that earlier exchange took place
when ..." is the occasion a "since" date named; "the meeting came a week after X staged drills"
dates the drills from the meeting; a mention told in the past is no repeat of a planned event;
"would take place in the coming weeks" is planned."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday


def _events(reader, text):
    return reader.read(text, published=PUBLISHED).events


def _span(date):
    return None if date is None else (date.value,) if date.value else (date.earliest, date.latest)


RELATIVE_CLAUSES = [
    ("The talks were meant to build on the summit between Fumio Kishida and Yoon Suk Yeol in Seoul "
     "last March, where the two leaders agreed to resume defense exchanges.", "agreed", ("2024-03-01", "2024-03-31")),
    ("The talks built on last year's forum in Jakarta, when Kishida and Yoon agreed to resume defense "
     "exchanges.", "agreed", ("2023-01-01", "2023-12-31")),
    # the parser hangs the when-clause on the sentence's head; it still describes the noun before it
    ("The meeting contrasted with last year's forum, when Tokyo turned down a request for Kishida to "
     "meet Yoon in Seoul.", "meet", ("2023-01-01", "2023-12-31")),
]


@pytest.mark.parametrize("text,trigger,span", RELATIVE_CLAUSES, ids=["where", "when", "when-misattached"])
def test_an_event_in_a_where_or_when_clause_takes_its_antecedents_date(reader, text, trigger, span):
    event = next(e for e in _events(reader, text) if e.trigger == trigger)
    assert _span(event.date) == span


def test_the_earlier_occasion_is_dated_by_the_since_date(reader):
    text = ("Kishida spoke with Yoon by phone on Tuesday, the first call between the two leaders since "
            "September 2022. That earlier conversation took place when Kishida met Yoon on the sidelines "
            "of a regional forum in Jakarta.")
    met = next(e for e in _events(reader, text) if e.trigger == "met")
    assert _span(met.date) == ("2022-09-01", "2022-09-30")


DISTANCES = [
    # the later mention is the clause's subject, the earlier event the object of its verb
    ("Kishida met Yoon in Tokyo on Friday. The meeting came ten days after the North Korean army staged "
     "missile drills near the border.", "drills", ("2024-06-04",)),
    # the later mention is merged into an undated one ("meeting for an hour"), dated only afterwards
    ("Austin and Dong held talks on Friday, meeting for about an hour at a hotel. The meeting came a week "
     "after Chinese forces staged drills around Taiwan.", "drills", ("2024-06-05", "2024-06-09")),
    # the later mention must not be merged into the further talks agreed
    ("Kishida and Yoon spoke by phone on Tuesday and agreed to further talks. The conversation came a "
     "week after North Korea staged a military parade.", "parade", ("2024-06-02", "2024-06-06")),
]


@pytest.mark.parametrize("text,trigger,span", DISTANCES, ids=["subject", "merged", "past-mention"])
def test_a_later_mention_places_an_earlier_event(reader, text, trigger, span):
    event = next(e for e in _events(reader, text) if e.trigger == trigger)
    assert _span(event.date) == span


def test_would_take_place_in_the_coming_weeks_is_planned(reader):
    text = "A call between the two navies would take place in the coming weeks, according to the readout."
    call = next(e for e in _events(reader, text) if e.trigger == "call")
    assert call.status == "planned" and _span(call.date) == ("2024-06-14", "2024-07-31")


@pytest.mark.parametrize("text,trigger", [
    ("Talks between Japan and China resume in the coming weeks.", "Talks"),
    ("Japanese and Philippine ministers meet in Manila in the coming weeks.", "meet"),
])
def test_a_window_opening_on_publication_day_is_ahead(reader, text, trigger):
    event = next(e for e in _events(reader, text) if e.trigger == trigger)
    assert event.status == "planned"


@pytest.mark.parametrize("text,span", [
    ("Narendra Modi wrapped up a three-day visit to Japan on Thursday.", ("2024-06-11", "2024-06-13")),
    ("Modi and Kishida spoke at the close of Modi's four-day state visit to Japan on Thursday.",
     ("2024-06-10", "2024-06-13")),
    ("Narendra Modi began a two-day visit to Japan on Monday.", ("2024-06-10", "2024-06-11")),
    ("Narendra Modi paid a two-day visit to Japan on Monday.", ("2024-06-10",)),  # which day: not said
])
def test_an_event_of_several_days_spans_them(reader, text, span):
    visit = next(e for e in _events(reader, text) if e.trigger == "visit")
    assert _span(visit.date) == span
