"""A refused request is the REQUEST made, with the refusal as its response (detente.nlp.refused_requests;
examples/README status conventions, convention 7). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _read(reader, text):
    return [(e.type, e.status, [r.country for r in e.source], [r.country for r in e.target],
             e.response and (e.response.by, e.response.status))
            for e in reader.read(text, published="2025-03-05").events]


@pytest.mark.parametrize("text,expected", [
    ("Portugal turned down a Moroccan request to join the naval patrols.",
     ("REQUEST", "occurred", ["MAR"], ["PRT"], ("PRT", "declined"))),
    ("Norway has refused Estonia's requests for air defence systems.",
     ("REQUEST", "occurred", ["EST"], ["NOR"], ("NOR", "declined"))),
])
def test_refused_request_is_the_request(reader, text, expected):
    events = _read(reader, text)
    assert expected in events
    assert not any(e[0] == "REJECT" for e in events)


@pytest.mark.parametrize("text,kept", [
    # a request for talks stays the proposed meeting, declined
    ("Hanoi turned down Manila's request for a meeting of the coast guard chiefs.", "CONSULT"),
    # the request told before: the refusal is a REJECT of its own
    ("Lisbon firmly rejected the request at the time.", "REJECT"),
])
def test_other_refusals_kept(reader, text, kept):
    assert kept in [e[0] for e in _read(reader, text)]
