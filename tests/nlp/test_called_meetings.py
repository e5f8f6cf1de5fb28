"""A meeting "called for" is proposed by the caller, as one asked for is (examples/README.md, status
conventions); other things called for stay the request's content. Sentences written for this test."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-09-20"


def _events(reader, text):
    return [(e.type, e.status) for e in reader.read(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    "Lithuania called for consultations with its NATO allies on Friday.",
    "Hungary called for urgent talks with Slovakia over the pipeline.",
    "Seoul called for a summit with Tokyo before the end of the year.",
])
def test_a_meeting_called_for_is_proposed(reader, text):
    assert _events(reader, text) == [("CONSULT", "proposed")]


@pytest.mark.parametrize("text", [
    "The African Union called for a ceasefire in Sudan.",
    "Canberra called off the talks with Wellington on Monday.",
])
def test_other_calls_keep_their_reading(reader, text):
    assert ("CONSULT", "proposed") not in _events(reader, text)
