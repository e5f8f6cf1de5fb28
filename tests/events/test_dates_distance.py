"""events.anchored_dates.distance_from: a stated distance ("nearly three months", "a week") from a known day."""

from __future__ import annotations

import pytest

from detente.events.anchored_dates import distance_from
from detente.records import DateValue

ANCHOR = DateValue(value="2024-06-14")

CASES = [
    ("two days", -1, "2024-06-12", None, None),
    ("a week", -1, None, "2024-06-05", "2024-06-09"),
    ("nearly three months", -1, None, "2024-03-01", "2024-03-31"),
    ("about a year", -1, None, "2023-01-01", "2023-12-31"),
    ("ten days", 1, "2024-06-24", None, None),
    # an upper bound: anywhere from that far off up to the eve (or morrow) of the anchor
    ("less than four weeks", -1, None, "2024-05-17", "2024-06-13"),
    ("within two days", 1, None, "2024-06-15", "2024-06-16"),
]


@pytest.mark.parametrize("text,sign,value,earliest,latest", CASES, ids=[c[0] for c in CASES])
def test_distance_from_a_day(text, sign, value, earliest, latest):
    found = distance_from(ANCHOR, text, sign)
    assert found is not None and (found.value, found.earliest, found.latest) == (value, earliest, latest)


@pytest.mark.parametrize("text", ["decades", "the same day", "three hours"])
def test_no_distance_in_units_it_cannot_count(text):
    assert distance_from(ANCHOR, text, -1) is None


def test_an_anchor_that_is_no_day_gives_nothing():
    assert distance_from(DateValue(earliest="2024-06-01", latest="2024-06-30", precision="month"), "a week", -1) is None
