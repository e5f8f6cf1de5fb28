"""Status rules for conditions, offers and pending approvals: what an "if"-clause supposes is no event,
"would welcome a meeting" offers the meeting without an act of support, and an act that "must be
approved" is still weighed (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-10-08"


def _events(reader, text):
    return reader.read(text, published=PUBLISHED).events


CONDITIONS = [
    # the supposed act in the if-clause is the condition of the threat, not an act that took place
    ("Germany warned that it would recall its ambassador if Belarus kept shipping weapons to Russia.", "AID"),
    ("Canberra said it would cut its aid programme if Honiara signed a security pact with Beijing.", "AGREE"),
    ("Seoul warned that it would act unless Pyongyang stopped supplying shells to Moscow.", "AID"),
    ("The Philippines said it would file a protest if Chinese ships fired water cannon at its boats again.",
     "ASSAULT"),
]


@pytest.mark.parametrize("text,supposed", CONDITIONS, ids=[t[:40] for t, _ in CONDITIONS])
def test_an_act_inside_a_condition_is_not_coded(reader, text, supposed):
    events = _events(reader, text)
    assert events, "the main clause is still an event"
    assert all(e.type != supposed for e in events)


def test_a_conditional_welcome_offers_the_meeting_without_support(reader):
    events = _events(reader, "Berlin said it would welcome a meeting between the two foreign ministers.")
    assert [e.type for e in events] == ["CONSULT"]
    assert events[0].status == "proposed"


@pytest.mark.parametrize("text", [
    "Inspectors' access must be approved by the country's security council.",
    "Under the new decree, monitors' access must be authorised by the army.",
])
def test_an_act_that_must_be_approved_is_under_consideration(reader, text):
    event = next(e for e in _events(reader, text) if e.type == "RETREAT")
    assert event.status == "under_consideration"


def test_an_act_already_approved_took_place(reader):
    """Guard: "has been approved" grants the act; only an obliging "must"/"should" leaves it weighed."""
    text = "Inspectors' access has been approved by the country's security council."
    event = next(e for e in _events(reader, text) if e.type == "RETREAT")
    assert event.status == "occurred"
