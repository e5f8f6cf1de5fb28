"""Offers, stances and refusals told as made (sentences written for these tests): "X invited Y", "said Z was
ready to help", "did not rule out", "announced no accord" were made on the day of the news, like an act done;
what is proposed in its own clause, a modal or a perfect tells no such day."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"  # a Friday
LEAD = "NAIROBI — Kenyan President William Ruto met South African President Cyril Ramaphosa in Nairobi on Tuesday.\n\n"


def _event(reader, text: str, trigger: str):
    return next(e for e in reader.read(LEAD + text, published=PUBLISHED).events if e.trigger == trigger)


def _day(event) -> str | None:
    return event.date.value if event.date is not None else None


@pytest.mark.parametrize("later, trigger, status", [
    ("Before flying home, Ramaphosa invited his host to Pretoria.", "invited", "proposed"),
    ("Ramaphosa said South Africa was ready to work with Kenya to train police officers.", "work", "proposed"),
    ("Ramaphosa said Pretoria did not rule out military cooperation with Nairobi.", "cooperation",
     "under_consideration"),
    ("Officials have not said whether Kenya will buy South African arms, and the two leaders announced no "
     "agreement.", "agreement", "negated"),
])
def test_stance_told_in_the_simple_past_takes_the_news_day(reader, later, trigger, status):
    event = _event(reader, later, trigger)
    assert event.status == status
    assert _day(event) == "2024-03-05"


@pytest.mark.parametrize("later, trigger", [
    ("Ramaphosa proposed that Ruto meet the Ethiopian prime minister.", "meet"),
    ("Ramaphosa said South Africa would consider military cooperation with Kenya.", "cooperation"),
    ("Ramaphosa has invited Ruto to a summit in Pretoria.", "summit"),
])
def test_proposed_clause_modal_or_perfect_takes_no_news_day(reader, later, trigger):
    assert _day(_event(reader, later, trigger)) is None


def test_a_step_not_taken_takes_no_day_from_the_act_before(reader):
    text = ("Ramaphosa offered talks on naval patrols last Monday, and Ruto dared him to come to Mombasa himself. "
            "Ramaphosa did not make the trip.")
    trip = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "trip")
    assert trip.status == "negated" and trip.date is None
