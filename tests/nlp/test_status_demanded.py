"""What a demand asks for is not done (sentences written for these tests): the bare verb of a
that-clause under "demanded", "insisted", "the demand that" is proposed; a reported past is not, and a
past or perfect clause under "confirmed", "suggested" tells what happened."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday


def _event(reader, text, trigger):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Manila insisted that Beijing withdraw its ships.", "withdraw"),
    ("The Philippine army chief demanded that China hand back the seized rifles.", "hand"),
    ("A spokesman repeated China's demand that Japan withdraw the remarks.", "withdraw"),
    ("A spokesman repeated China's demand that Japan apologize for the remarks.", "apologize"),
])
def test_the_content_of_a_demand_is_not_done(reader, text, trigger):
    """What is demanded is proposed, or (a yielding act) carried by the request's mode: never occurred."""
    events = reader.read(text, published=PUBLISHED).events
    assert all(e.status == "proposed" for e in events if e.trigger == trigger)
    assert any(e.type == "REQUEST" for e in events)


def test_a_reported_past_act_took_place(reader):
    assert _event(reader, "Manila said that Beijing withdrew its ships.", "withdrew").status == "occurred"


def test_the_demand_itself_took_place(reader):
    assert _event(reader, "Manila insisted that Beijing withdraw its ships.", "insisted").status == "occurred"


@pytest.mark.parametrize("text, trigger, status", [
    ("Tokyo confirmed that Kishida met Yoon on Tuesday.", "met", "occurred"),
    ("Seoul suggested that Tokyo had withdrawn the ships.", "withdrawn", "occurred"),
    ("Tokyo announced that Kishida will visit Seoul next week.", "visit", "confirmed"),
    ("Tokyo proposed that the two sides meet in Seoul.", "meet", "proposed"),
    # a denied confirmation leaves the clause open: it is no report of a fact
    ("Tokyo did not confirm that Seoul had agreed to the plan.", "agreed", "negated"),
])
def test_a_past_clause_under_a_status_verb_reports_a_fact(reader, text, trigger, status):
    assert _event(reader, text, trigger).status == status


@pytest.mark.parametrize("text, trigger", [
    ("Russia and Ukraine discussed raising the rank of their delegations at future talks.", "talks"),
    ("Chile told Peru that future negotiations with Peru must include fishing rights.", "negotiations"),
])
def test_future_engagements_are_not_past(reader, text, trigger):
    assert _event(reader, text, trigger).status == "planned"
