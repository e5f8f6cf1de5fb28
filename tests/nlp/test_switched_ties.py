"""Recognition switched from one state to another is ties ended with the one left and recognition of the one
chosen; a halted effort to mediate is no mediation (sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, left, chosen", [
    ("Malawi switched its diplomatic recognition from Taiwan to China in 2008.", "Taiwan", "China"),
    ("Costa Rica switched its recognition from China to Taiwan in 1990.", "China", "Taiwan"),
])
def test_switched_recognition_ends_one_tie_and_extends_the_other(reader, text, left, chosen):
    events = reader.read(text, published="2025-03-04").events
    ended = [[t.name for t in e.target] for e in events if e.type == "SANCTION"]
    extended = [[t.name for t in e.target] for e in events if e.type == "SUPPORT"]
    assert ended == [[left]] and extended == [[chosen]]


def test_halted_mediation_is_no_mediation(reader):
    events = reader.read("Egypt has suspended its efforts to mediate between Sudan and Chad.",
                         published="2025-03-04").events
    assert [e.type for e in events] == ["SANCTION"]
