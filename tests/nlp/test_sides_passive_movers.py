"""Sides of passive acts with no agent or with a joined subject (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _event(reader, text, type_):
    events = reader.read(text, published="2025-05-10").events
    return next(e for e in events if e.type == type_)


@pytest.mark.parametrize("text, source", [
    ("Polish fighter jets were scrambled on Friday after Russian drones crossed the border.", "POL"),
    ("Two Dutch frigates were deployed to the Baltic Sea on Monday.", "NLD"),
])
def test_forces_moved_in_the_passive_are_the_movers_own(reader, text, source):
    event = _event(reader, text, "MOBILIZE")
    assert source in {s.country for s in event.source}


def test_a_guest_who_arrived_and_was_received_is_the_visitor(reader):
    text = "President Lula arrived in Beijing on Tuesday and was received by President Xi Jinping."
    event = _event(reader, text, "CONSULT")
    assert {s.country for s in event.source} == {"BRA"}
    assert "CHN" in {t.country for t in event.target}
