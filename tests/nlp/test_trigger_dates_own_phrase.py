"""The date told in the trigger's own phrase wins over the day of the news around it: a past date in an infinitive
that is no act of its own, the phrase of the noun a trigger modifies (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"  # a Friday
NEWS = ("Finland's president met the Estonian prime minister in Tallinn on Thursday. "
        "The Latvian foreign minister spoke on Friday. ")


def _date(reader, text, kind):
    events = reader.read(NEWS + text, published=PUBLISHED).events
    return next(e.date for e in events if e.type == kind and e.evidence.sentence in text)


@pytest.mark.parametrize("text, kind, first", [
    ("Norway applied to join the customs union in June 2021, after a long debate.", "REQUEST", "2021-06-01"),
    ("Riga announced the tariff increase in October, calling the arrest of its consul, a veteran diplomat, a "
     '"provocation"; the duties took effect in November.', "SANCTION", "2023-10-01"),
])
def test_the_phrase_date_is_the_acts(reader, text, kind, first):
    got = _date(reader, text, kind)
    assert got is not None and got.first == first, got


def test_a_later_day_in_the_infinitive_stays_the_later_acts(reader):
    """"applied to join next month": a day still to come does not date the applying."""
    got = _date(reader, "Norway applied to join the customs union next month.", "REQUEST")
    assert got is None or got.first <= PUBLISHED, got
