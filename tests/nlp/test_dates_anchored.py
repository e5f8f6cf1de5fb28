"""Expressions that count from the day just narrated ("Hours later", "the next day"): resolved
against that day, never against the publication date (sentences written for these tests)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from detente.events.anchored_dates import anchored_offset, anchored_phrases, shift_day
from detente.records import DateValue


@pytest.mark.parametrize("text,days", [
    ("Hours later", 0), ("a few hours later", 0), ("minutes afterwards", 0), ("later that day", 0),
    ("that evening", 0), ("the same day", 0), ("the next day", 1), ("the following day", 1),
    ("two days later", 2), ("a day later", 1), ("a week later", 7), ("3 days later", 3),
    ("the day before", -1), ("the previous evening", -1), ("the preceding day", -1), ("the night before", -1),
    ("two days earlier", -2), ("a week before", -7),
])
def test_anchored_offset(text, days):
    assert anchored_offset(text) == timedelta(days=days)


@pytest.mark.parametrize("text", ["two days", "later this year", "last week", "Monday", "days later this month",
                                  "in two weeks", ""])
def test_not_anchored(text):
    assert anchored_offset(text) is None


def test_phrases_are_found_in_running_text():
    text = "He spoke on Monday. Hours later the ministry replied, and the next day it sent a note."
    assert [text[a:b] for a, b in anchored_phrases(text)] == ["Hours later", "the next day"]


def test_shift_needs_a_day_precise_anchor():
    assert shift_day(DateValue(value="2024-06-11"), timedelta(days=1), "the next day").value == "2024-06-12"
    month = DateValue(earliest="2024-06-01", latest="2024-06-30", precision="month")
    assert shift_day(month, timedelta(0), "hours later") is None


def _sanction(readout):
    return next(e for e in readout.events if e.type == "SANCTION" and e.mode == "discontinue")


def test_hours_later_takes_the_day_just_narrated(reader):
    text = ("Japan said on Tuesday that it would recall its ambassador to North Korea. "
            "Hours later Japan imposed sanctions on North Korean banks.")
    event = _sanction(reader.read(text, published="2024-06-14"))
    assert event.date is not None and event.date.value == "2024-06-11"


def test_the_next_day_counts_from_the_day_just_narrated(reader):
    text = ("Japan said on Tuesday that it would recall its ambassador to North Korea. "
            "The next day Japan imposed sanctions on North Korean banks.")
    event = _sanction(reader.read(text, published="2024-06-14"))
    assert event.date is not None and event.date.value == "2024-06-12"


def test_hours_later_without_an_earlier_day_stays_undated(reader):
    event = _sanction(reader.read("Hours later Japan imposed sanctions on North Korean banks.",
                                  published="2024-06-14"))
    assert event.date is None


def test_the_day_before_counts_back_from_the_day_just_narrated(reader):
    text = ("Japan said on Tuesday that it would recall its ambassador to North Korea. "
            "The day before, Japan imposed sanctions on North Korean banks.")
    event = _sanction(reader.read(text, published="2024-06-14"))
    assert event.date is not None and event.date.value == "2024-06-10"


def test_far_from_any_day_the_day_before_counts_from_the_lead(reader):
    text = ("Japan imposed sanctions on North Korean banks on Tuesday, officials said.\n\n"
            "The measures follow a missile test in 2023.\n\n"
            "They were drafted over several months by the foreign ministry.\n\n"
            "Officials said more steps were possible.\n\n"
            "The day before, Japan recalled its ambassador to North Korea.")
    recall = next(e for e in reader.read(text, published="2024-06-14").events if e.mode == "withdraw")
    assert recall.date is not None and recall.date.value == "2024-06-10"


def test_a_day_before_an_event_named_after_it_is_no_anchor(reader):   # guard for the backward phrases
    text = ("Japan said on Tuesday that it would recall its ambassador to North Korea. "
            "The decision came a day before Japan imposed sanctions on North Korean banks.")
    event = _sanction(reader.read(text, published="2024-06-14"))
    assert event.date is None or event.date.value != "2024-06-10"
