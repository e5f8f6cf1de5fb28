"""A counted stay whose verb tells its last or first day with the stay as subject ("the five-day visit
ended on Friday") covers the days up to or from that day; "the second day of a four-day visit" places the
stay around the day told (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-09"  # a Saturday


@pytest.mark.parametrize("text, first, last", [
    ("Lula's five-day state visit to Angola ended on Friday.", "2024-03-04", "2024-03-08"),
    ("Scholz's two-day trip to India began on Thursday.", "2024-03-07", "2024-03-08"),
])
def test_stay_told_as_subject_of_its_end_or_start(reader, text, first, last):
    visit = next(e for e in reader.read(text, published=PUBLISHED).events if e.mode == "visit")
    assert visit.date is not None and (visit.date.first, visit.date.last) == (first, last), visit.date


@pytest.mark.parametrize("text, first, last", [
    ("Lula met Angolan President Joao Lourenco in Luanda on Thursday, on the second day of a four-day state "
     "visit.", "2024-03-06", "2024-03-09"),
    ("Scholz held talks with Modi in New Delhi on Wednesday, the third day of his three-day trip to India.",
     "2024-03-04", "2024-03-06"),
])
def test_day_told_as_the_kth_day_of_a_counted_stay(reader, text, first, last):
    events = reader.read(text, published=PUBLISHED).events
    assert any(e.date is not None and (e.date.first, e.date.last) == (first, last) for e in events), \
        [(e.type, e.mode, e.date) for e in events]
