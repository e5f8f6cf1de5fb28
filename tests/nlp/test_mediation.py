"""Mediation (session 7): the parties a state mediates "between" are the target of its engagement.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, parties", [
    ("Egypt offered to mediate between Ethiopia and Sudan.", {"ETH", "SDN"}),
    ("Russia offered to help mediate between Armenia and Azerbaijan.", {"ARM", "AZE"}),
])
def test_the_parties_mediated_between_are_the_target(reader, text, parties):
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert events and events[0].mode == "third-party"
    assert {a.country for a in events[0].target} == parties
