"""An act told in the present perfect with no day of its own takes the day the next sentences date its
announcement by ("announced the step on Tuesday") (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-08"  # a Saturday


def _dates(reader, text):
    return {e.trigger: e.date for e in reader.read(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text, trigger, day", [
    ("OTTAWA — Canada has recalled its ambassador to Venezuela after Caracas refused to free two detained "
     "Canadians. Foreign Minister Jane Doe announced the step on Wednesday after a cabinet meeting.",
     "recalled", "2025-03-05"),
    ("LIMA — Peru has expelled Bolivia's ambassador over remarks about its elections. The foreign ministry "
     "confirmed the decision on Thursday in a short statement.", "expelled", "2025-03-06"),
])
def test_a_perfect_act_takes_the_day_of_its_announcement(reader, text, trigger, day):
    got = _dates(reader, text).get(trigger)
    assert got is not None and got.value == day


def test_an_announcement_of_something_else_gives_no_day(reader):
    got = _dates(reader, "OTTAWA — Canada has recalled its ambassador to Venezuela after Caracas refused to "
                         "free two detained Canadians. A bank announced a merger on Wednesday.").get("recalled")
    assert got is None or got.value != "2025-03-05"
