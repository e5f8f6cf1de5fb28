"""Conjuncts the tagger misreads (a present-tense or adjective tag on a bare verb) still share the first
verb's modal: "would summon X, declare Y and ..." (sentences written for these tests)."""

from __future__ import annotations

import pytest
from readout_helpers import trigger_status

PUBLISHED = "2025-03-12"

CASES = [
    # an adjective-tagged middle conjunct ("expel") must not cut the chain up to "would recall"
    ("Seoul said it would recall its ambassador, expel two Russian diplomats and suspend the fisheries accord.",
     "SANCTION", "suspend", "planned"),
    # a conjunct tagged present ("declare") after "would summon" is a bare verb under the same modal
    ("Riga would hit back, he said: it would summon the Belarusian envoy, declare the military attaché persona "
     "non grata and close a border crossing.", "SANCTION", "declare", "planned"),
]


@pytest.mark.parametrize("text,type_,trigger,status", CASES, ids=[c[2] for c in CASES])
def test_a_mistagged_conjunct_shares_the_modal(reader, text, type_, trigger, status):
    assert trigger_status(reader, text, type_, trigger, PUBLISHED) == status
