"""Bids to join a body (detente.nlp.trigger_membership): applying to join or for membership is a request
to be admitted. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word", [
    ("Georgia applied to join the European Union in March 2022.", "applied"),
    ("Bolivia has applied for membership of the trade bloc.", "applied"),
    ("Algeria applied for accession to the group last year.", "applied"),
    ("Serbia will apply to join the alliance next year, the minister said.", "apply"),
])
def test_applying_to_join_is_a_request(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "REQUEST", found


@pytest.mark.parametrize("text,word", [
    # applying rules, tariffs or pressure asks no one to be admitted
    ("The European Union applied the new rules to imports from Turkey.", "applied"),
    ("Canada applied pressure on its partners.", "applied"),
    ("Norway applied for a waiver from the rules.", "applied"),
    ("Moldova did not apply to join the alliance.", "apply"),
])
def test_other_applying_is_no_request(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "REQUEST", found


def test_bid_to_join_asks_assistance(reader):
    """Membership is asked as PLOVER assist (examples/README convention 14), not a change of policy."""
    event = event_by_trigger(reader, "Georgia applied to join the European Union in March 2022.", "applied")
    assert event.type == "REQUEST" and event.mode == "assist", (event.type, event.mode)
