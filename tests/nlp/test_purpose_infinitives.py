"""A weekday in an infinitive of purpose under a past verb counts back; under a verb that looks ahead it
counts forward (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday

CASES = [
    # the stay told as past: the sitting down was on the Monday just gone
    ("Blinken had used his stop in Tokyo to sit down with Japanese Foreign Minister Takeshi Iwaya on Monday.",
     "2025-03-10", "occurred"),
    # an agreement to meet: the Monday ahead
    ("Blinken agreed to meet Japanese Foreign Minister Takeshi Iwaya on Monday.", "2025-03-17", "planned"),
]


@pytest.mark.parametrize("text,day,status", CASES, ids=["purpose", "agreed"])
def test_weekday_of_an_infinitive(reader, text, day, status):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT")
    assert (event.date.value, event.status) == (day, status)
