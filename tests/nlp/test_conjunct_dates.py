"""nlp.conjunct_dates: a clause joined by "and" that tells a time of its own is dated by it, not by the first
verb's date, wherever the parser hangs the date inside it (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-09"


@pytest.mark.parametrize("text, trigger, expected", [
    ("The two presidents held a state visit in June last year, when Ruto went to Beijing, and they met again at "
     "a regional summit in Nairobi in November.", "met", ("2024-11-01", "2024-11-30")),
    ("The presidents held a state visit in March last year, when Modi flew to Dhaka, and they met again at a "
     "regional summit in Bangkok in October.", "met", ("2024-10-01", "2024-10-31")),
])
def test_a_joined_clause_keeps_its_own_date(reader, text, trigger, expected):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and (event.date.first, event.date.last) == expected, event.date
