"""Withheld answers (session 7): "would not say whether X would accept the offer" answers a pending
proposal; it is the proposal's response, not an event of its own.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, by", [
    ("Austin proposed a phone call with Wei Fenghe last month. A Chinese foreign ministry spokesman "
     "would not say whether Wei would accept such a call.", "CHN"),
    ("Macron invited Modi to visit Paris in June. Indian Prime Minister Narendra Modi has "
     "not said whether he will accept an invitation to visit Paris.", "IND"),
])
def test_a_withheld_answer_is_the_proposals_response(reader, text, by):
    events = reader.read(text, published="2025-03-07").events
    assert len(events) == 1, [(e.type, e.status, e.evidence.sentence) for e in events]
    assert events[0].status == "proposed" and events[0].response is not None
    assert (events[0].response.by, events[0].response.status) == (by, "non_committal")


def test_a_withheld_answer_with_no_earlier_proposal_tells_the_proposal(reader):
    text = "Indian Prime Minister Narendra Modi has not said whether he will accept an invitation to visit Paris."
    events = reader.read(text, published="2025-03-07").events
    assert [(e.type, e.status) for e in events] == [("CONSULT", "proposed")]
    assert events[0].response is not None and events[0].response.status == "non_committal"


@pytest.mark.parametrize("second", [
    "Japan has taken note of the request, a spokesman said.",
    'Japan has "taken note" of the proposal.',
])
def test_taking_note_of_a_request_is_a_non_committal_answer(reader, second):
    text = "Seoul has asked Tokyo for a summit meeting. " + second
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert events and events[0].response is not None
    assert (events[0].response.by, events[0].response.status) == ("JPN", "non_committal")


def test_an_agreed_plan_awaits_no_answer(reader):
    text = ("Kenya and Uganda agreed to hold talks on rail tariffs next month. Ugandan President Yoweri "
            "Museveni did not say whether he would accept an invitation to visit Nairobi.")
    events = reader.read(text, published="2025-03-07").events
    talks = [e for e in events if e.status == "planned"]
    visits = [e for e in events if e.mode == "visit"]
    assert all(e.response is None for e in talks)
    assert visits and visits[0].status == "proposed" and visits[0].response.status == "non_committal"
