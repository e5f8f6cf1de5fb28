"""Invitations answered in kind: two invitations in opposite directions in one sentence are two proposed
visits, and "returned the invitation" proposes the inviter's visit to the first invitee (no release).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _visits(readout):
    return {(tuple(sorted({r.country for r in e.source})), tuple(sorted({r.country for r in e.target})), e.status)
            for e in readout.events if e.type == "CONSULT" and e.mode == "visit"}


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi invited Vladimir Putin to visit India, and Putin invited Modi to Moscow "
    "in turn.",
    "Indian Prime Minister Narendra Modi invited Vladimir Putin to visit India, and Putin returned the invitation.",
])
def test_an_invitation_answered_in_kind_is_a_visit_the_other_way(reader, text):
    readout = reader.read(text, published="2024-05-15")
    visits = _visits(readout)
    assert visits == {(("RUS",), ("IND",), "proposed"), (("IND",), ("RUS",), "proposed")}, visits
    assert not [e for e in readout.events if e.type == "RETREAT"]
