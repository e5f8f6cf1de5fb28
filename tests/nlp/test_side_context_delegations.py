"""Delegations (session 8): the heads the text names for a meeting's delegations join that meeting, not an
engagement told as background inside a relative clause of the same sentence.

Every sentence here is written for these tests.
"""

from __future__ import annotations

TEXT = ("Japanese and Chinese diplomats met in Beijing on Monday, resuming contacts that China cut off after a "
        "2012 visit to Beijing by Japanese Foreign Minister Koichiro Gemba. The Japanese delegation was led by "
        "Kenji Kanasugi.")


def test_a_delegation_head_joins_the_meeting_not_a_background_visit(reader):
    events = reader.read(TEXT, published="2024-06-14").events
    met = next(e for e in events if e.trigger == "met")
    visit = next(e for e in events if e.trigger == "visit")
    assert "Kenji Kanasugi" in [a.name for a in met.source + met.target]
    assert "Kenji Kanasugi" not in [a.name for a in visit.source + visit.target]
