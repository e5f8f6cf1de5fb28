"""A verb conjoined to a governing verb, with an object of its own, is a second act, not one the first
verb governs (sentences written for these tests): "rejected the offer and accused X of ..." reports an
accusation that occurred, not a declined one."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text,trigger", [
    ("Moscow rejected the proposal and accused Kyiv of stalling.", "accused"),
    ("Seoul declined the invitation and condemned the missile launch.", "condemned"),
    ("Tokyo postponed the visit and summoned the ambassador.", "summoned"),
], ids=["rejected-accused", "declined-condemned", "postponed-summoned"])
def test_a_conjoined_act_with_its_own_object_is_not_governed(reader, text, trigger):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.status == "occurred"
