"""An act one directs an official to carry out lies ahead, like one instructed
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from readout_helpers import trigger_status

PUBLISHED = "2025-03-12"

CASES = [
    ("The president said he had directed the Commerce Department to open an inquiry into Vietnamese steel "
     "dumping.", "ACCUSE", "inquiry", "planned"),
    ("Macron directed his foreign minister to impose sanctions on Algerian officials.", "SANCTION", "sanctions",
     "planned"),
]


@pytest.mark.parametrize("text,type_,trigger,status", CASES, ids=["inquiry", "sanctions"])
def test_a_directed_act_is_planned(reader, text, type_, trigger, status):
    assert trigger_status(reader, text, type_, trigger, PUBLISHED) == status
