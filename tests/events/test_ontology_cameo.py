"""CAMEO codes by status in detente.events.ontology.cameo_code (no sentences needed)."""

from __future__ import annotations

import pytest

from detente.events.ontology import cameo_code


@pytest.mark.parametrize("type_,mode,status,lexical,code", [
    ("AID", None, "under_consideration", None, "014"),          # considering an option is a comment
    ("RETREAT", "ceasefire", "confirmed", "0871", "0871"),      # announcing a ceasefire declares it
    ("RETREAT", "release", "confirmed", "0841", "0841"),        # announcing a release tells it was made
    ("AID", None, "confirmed", "070", "070"),                   # announcing aid gives it
    ("RETREAT", "withdraw", "confirmed", None, "035"),          # announcing one will withdraw: intent
    ("CONSULT", "visit", "cancelled", None, "125"),             # a cancelled visit rejects the meeting
])
def test_cameo_by_status(type_, mode, status, lexical, code):
    assert cameo_code(type_, mode, status, lexical) == code
