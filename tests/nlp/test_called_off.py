"""Plans told in the past perfect and then contradicted are cancelled: "had been expected to meet, but ..."
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from readout_helpers import trigger_status

PUBLISHED = "2025-03-12"

CASES = [
    # a pluperfect expectation undone by a contrast clause: the meeting fell through
    ("Kenyan President William Ruto and Egyptian President Abdel Fattah el-Sisi had been expected to meet in "
     "Geneva, but Ruto pulled out at the last minute.", "CONSULT", "meet", "cancelled"),
    # a pluperfect plan and a postponement
    ("Cairo had planned to host a regional summit on Gaza, but put it off after a dispute over the guest list.",
     "CONSULT", "host", "cancelled"),
    # a pluperfect announcement that was dropped
    ("The palace had announced that the king would visit Kenya, but the trip was dropped after the unrest.",
     "CONSULT", "visit", "cancelled"),
    # no contrast: the plan is only told
    ("Kenyan President William Ruto and Egyptian President Abdel Fattah el-Sisi are expected to meet in Geneva "
     "next week.", "CONSULT", "meet", "planned"),
    # a present perfect plan with a contrast still lies ahead
    ("Cairo has planned to host a regional summit on Gaza next month, but the guest list is still disputed.",
     "CONSULT", "host", "planned"),
]


@pytest.mark.parametrize("text,type_,trigger,status", CASES, ids=[c[0][:40] for c in CASES])
def test_pluperfect_plan_with_contrast_is_cancelled(reader, text, type_, trigger, status):
    assert trigger_status(reader, text, type_, trigger, PUBLISHED) == status
