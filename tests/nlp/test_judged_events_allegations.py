"""The teller's allegation follows the attack it tells (detente.nlp.judged_events._allegations_after_acts): the
act stays the sentence's first event. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A spokesman for the Indian navy said a Pakistani frigate had rammed an Indian patrol boat near the coast.",
    "Hanoi's foreign ministry said Chinese vessels fired water cannon at a Vietnamese fishing boat.",
], ids=["rammed", "fired"])
def test_attack_before_its_allegation(reader, text):
    types = [(e.type, e.mode) for e in reader.read(text, published="2025-03-01").events]
    assert types[0][0] == "ASSAULT" and ("ACCUSE", "allege") in types[1:]
