"""Acts told under way (session 19; sentences written for these tests): "announced that X was suspending
relations" is the suspension done as it is announced, not a confirmed plan; a progressive dated ahead stays
an announcement."""

from __future__ import annotations

import pytest

from readout_helpers import trigger_status

PUBLISHED = "2024-04-07"


@pytest.mark.parametrize("text, type_, trigger, status", [
    ("The Chilean president announced on Friday that Chile was suspending diplomatic relations with Peru.",
     "SANCTION", "suspending", "occurred"),
    ("Bolivia's foreign ministry announced on Saturday that it was recalling its ambassador from Paraguay.",
     "SANCTION", "recalling", "occurred"),
    ("The Chilean president announced on Friday that Chile was sending troops to Peru next month.",
     "MOBILIZE", "sending", "confirmed"),
])
def test_progressive_under_an_announcement(reader, text, type_, trigger, status):
    assert trigger_status(reader, text, type_, trigger, PUBLISHED) == status
