"""A gathering is dated by what its where-clause tells of it (sentences written for these tests):
"stayed away from the conference in Munich, where X spoke in February" was about a February conference;
a clause on a city ("Lucerne, a city where ...") says nothing of the gathering's day."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday

CASES = [
    ("Analysts noted that Wang stayed away from the conference in Munich, where Blinken spoke in February.",
     "stayed", ("2024-02-01", "2024-02-29")),
    ("Russia boycotted the peace conference in Lucerne, where Zelensky spoke in March.", "boycotted",
     ("2024-03-01", "2024-03-31")),
    ("Russia boycotted the peace conference in Lucerne, a city where Zelensky spoke in March.", "boycotted", None),
]


@pytest.mark.parametrize("text,trigger,span", CASES, ids=["stayed-away", "boycotted", "city-clause"])
def test_a_where_clause_on_a_gathering_dates_it(reader, text, trigger, span):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert (None if event.date is None else (event.date.earliest, event.date.latest)) == span
