"""Acts in a "before" clause take their time from the clause they hang on, or from a present tense under a
past main verb (sentences written for these tests)."""

from __future__ import annotations

import pytest
from readout_helpers import trigger_status

PUBLISHED = "2025-03-12"

CASES = [
    # the onward leg of a planned stop is planned too
    ("Lula was due to tour the Chinese naval base on Friday before flying on to Vietnam.", "CONSULT", "flying",
     "planned"),
    # a present tense in a "before" clause under a past main verb tells a time still ahead
    ("The drills ended two weeks before ASEAN leaders meet in Kuala Lumpur.", "CONSULT", "meet", "planned"),
    # a done stop: the onward leg took place
    ("Modi toured the Kenyan port on Tuesday before flying on to Uganda.", "CONSULT", "flying", "occurred"),
    # a past tense in the "before" clause is the past
    ("The drills ended two weeks before ASEAN leaders met in Kuala Lumpur.", "CONSULT", "met", "occurred"),
]


@pytest.mark.parametrize("text,type_,trigger,status", CASES, ids=["onward-leg", "present", "done-leg", "past"])
def test_before_clause_status(reader, text, type_, trigger, status):
    assert trigger_status(reader, text, type_, trigger, PUBLISHED) == status
