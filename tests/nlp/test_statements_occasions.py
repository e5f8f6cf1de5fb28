"""The occasion and the words of a statement (sentences written for these tests): an interview is known
by the outlet that aired it; a quoted title beside the clause said is not what was said."""

from __future__ import annotations

import pytest


def _statements(reader, text):
    return reader.read(text, published="2025-06-12").statements


@pytest.mark.parametrize("text,venue", [
    ("In a long interview with CNN last week, Prime Minister Mark Carney said the tariffs would hurt both "
     "countries.", "CNN interview"),
])
def test_an_interview_is_known_by_its_outlet(reader, text, venue):
    found = [s for s in _statements(reader, text) if "tariffs would hurt" in s.quote]
    assert found and found[0].venue == venue


@pytest.mark.parametrize("text", [
    "Heading into the vote, Senator Ann Boyd told CNN's \"State of the Union\" that nobody would question the result.",
    "Asked on \"Face the Nation\" about the vote, Senator Ann Boyd said nobody would question the result.",
])
def test_a_quoted_title_beside_the_clause_said_is_not_what_was_said(reader, text):
    found = [s.quote for s in _statements(reader, text)]
    assert found == ["nobody would question the result"]


def test_a_quote_after_a_named_object_is_still_what_was_said(reader):
    text = "Closing the talks, Prime Minister Mark Carney proposed a place for the next round: \"Next time in Ottawa.\""
    assert any("Next time in Ottawa" in s.quote for s in _statements(reader, text))
