"""What a request asks for (detente.nlp.asked_acts): one request event whose mode says what is asked, not a
yielding act of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(reader, text):
    return reader.read(text, published="2025-06-01").events


@pytest.mark.parametrize("text", [
    "Germany urged Russia to withdraw its troops from Moldova.",
    "The Red Cross called for the release of the detained aid workers in Sudan.",
    "Kenya pushed for a ceasefire between Ethiopia and Eritrea.",
])
def test_asked_yield_is_one_request(reader, text):
    events = _events(reader, text)
    assert [e.type for e in events] == ["REQUEST"] and events[0].mode == "yield"


def test_asked_meeting_keeps_its_proposal(reader):
    events = _events(reader, "Turkey asked for a meeting with Greece.")
    assert [(e.type, e.status) for e in events] == [("CONSULT", "proposed")]


def test_refusal_in_a_relative_clause_answers_the_request(reader):
    events = _events(reader, "Seoul pushed for a humanitarian truce, which Pyongyang has refused.")
    request = next(e for e in events if e.type == "REQUEST")
    assert [a.country for a in request.target] == ["PRK"]
    assert request.response is not None and (request.response.by, request.response.status) == ("PRK", "declined")


@pytest.mark.parametrize("text", [
    # the demand's that-clause, on the noun or hung by the parser on its verb, is what is asked
    "The Arab League renewed its demand that Israel lift the siege of Gaza.",
    "The union restated its demand yesterday that Spain free the two activists.",
])
def test_demanded_clause_is_the_request(reader, text):
    events = _events(reader, text)
    assert [(e.type, e.mode) for e in events] == [("REQUEST", "yield")]
