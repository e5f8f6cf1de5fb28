"""Status rules for acts told as expected or ordered: "is due in Paris for talks", "told his minister to
impose levies" (sentences written for these tests)."""

from __future__ import annotations

import pytest
from readout_helpers import trigger_status

PUBLISHED = "2024-10-08"


def _status(reader, text, type_, trigger):
    return trigger_status(reader, text, type_, trigger, PUBLISHED)


CASES = [
    # a subject due somewhere: the talks lie ahead, whatever the weekday resolves to
    ("Ramaphosa is due in Berlin for talks with Chancellor Olaf Scholz.", "CONSULT", "due", "planned"),
    # telling one's official to act sets the act
    ("Lula said he had told his finance minister to impose levies on Argentine steel.", "SANCTION", "levies",
     "planned"),
]


@pytest.mark.parametrize("text,type_,trigger,status", CASES, ids=[c[0][:40] for c in CASES])
def test_status_of_expected_and_ordered_acts(reader, text, type_, trigger, status):
    assert _status(reader, text, type_, trigger) == status
