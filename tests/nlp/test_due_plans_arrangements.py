"""Events whose date or venue is still being fixed (session 19; sentences written for these tests): "a date
for a meeting" tells a meeting ahead, planned, not one that took place."""

from __future__ import annotations

import pytest

from readout_helpers import trigger_status

PUBLISHED = "2025-02-19"


@pytest.mark.parametrize("text, trigger", [
    ("The Kremlin said it was too early to name a date for a meeting between the presidents of Russia and Belarus.",
     "meeting"),
    ("Chile and Peru are still working on a date for the summit of their leaders.", "summit"),
    ("Diplomats from Ghana and Togo are looking for a venue for talks between the two foreign ministers.", "talks"),
])
def test_event_awaiting_its_date_is_planned(reader, text, trigger):
    assert trigger_status(reader, text, "CONSULT", trigger, PUBLISHED) == "planned"


@pytest.mark.parametrize("text, trigger", [
    ("No date has been set for a summit between Lula and Milei.", "summit"),
    ("No date has been set for talks between Erdogan and Aliyev.", "talks"),
    ("No venue has been chosen for a meeting between Erdogan and Aliyev.", "meeting"),
])
def test_arrangement_fixed_by_a_verb_is_planned(reader, text, trigger):
    """The parser hangs "for the summit" on "set", whose subject or object is the date."""
    assert trigger_status(reader, text, "CONSULT", trigger, PUBLISHED) == "planned"
