"""A night told from one day into the next ("overnight from Tuesday into Wednesday") spans both days
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from detente.events.dates import resolve_date

PUBLISHED = "2024-05-17"  # a Friday


@pytest.mark.parametrize("text, first, last", [
    ("Overnight from Tuesday into Wednesday, Azerbaijani troops shelled Armenian border posts.",
     "2024-05-14", "2024-05-15"),
    ("Israeli jets struck targets in southern Lebanon late on Sunday into Monday, the army said.",
     "2024-05-12", "2024-05-13"),
])
def test_act_through_the_night_takes_both_days(reader, text, first, last):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "ASSAULT")
    assert event.date is not None and (event.date.first, event.date.last) == (first, last), event.date


@pytest.mark.parametrize("expression, first, last", [
    ("Tuesday into Wednesday", "2024-05-14", "2024-05-15"),
    ("May 3 into May 4", "2024-05-03", "2024-05-04"),
])
def test_expression_into_the_next_day_resolves_to_both(expression, first, last):
    value = resolve_date(expression, PUBLISHED, tense="past")
    assert value is not None and (value.first, value.last) == (first, last), value
