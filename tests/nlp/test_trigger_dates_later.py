"""A date inside an infinitive or future complement dates the act to come, not the verb that governs it
(sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2023-11-15"  # a Wednesday


@pytest.mark.parametrize("clause, kind", [
    ("agreed to hold a round of border talks next month", "AGREE"),
    # (not "agreed to resume direct flights in January": an agreement the sentence does not date is the act
    # alone, README convention 12)
])
def test_governing_verb_keeps_its_own_day(reader, clause, kind):
    text = ("Chilean President Gabriel Boric met Argentine President Alberto Fernandez in Santiago on Tuesday. "
            f"The two presidents {clause}.")
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == kind)
    assert event.date is not None and event.date.first == "2023-11-14", event.date


def test_own_day_still_counts(reader):
    text = "On Tuesday, Chile and Argentina agreed to hold a round of border talks next month."
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "AGREE")
    assert event.date is not None and event.date.first == "2023-11-14", event.date


@pytest.mark.parametrize("joined", [
    "and will hold further talks next month",
    "and would hold follow-up meetings in the coming days",
])
def test_a_joined_clause_still_to_come_does_not_date_the_done_act(reader, joined):
    """"agreed to reopen the border and will hold talks next month": the later clause's date is its own."""
    text = f"Chad and Sudan agreed to reopen their border {joined}."
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "AGREE")
    assert event.date is None or event.date.first <= PUBLISHED, event.date
