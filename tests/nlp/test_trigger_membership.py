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


@pytest.mark.parametrize("text,word,kind", [
    ("Uzbekistan will join the Abraham Accords, the White House said.", "join", "AGREE"),
    ("Panama joined the Belt and Road Initiative in 2017.", "joined", "AGREE"),
    ("The Senate in Rome approved Finland's bid on Tuesday.", "approved", "SUPPORT"),
    ("The Cypriot cabinet will approve recognition of Palestine on Monday.", "approve", "SUPPORT"),
    ("The seven ministers adopted the Lima Declaration.", "adopted", "AGREE"),
])
def test_pacts_joined_bids_approved_texts_adopted(reader, text, word, kind):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == kind, found


@pytest.mark.parametrize("text,word", [
    # a party, a budget or a resolution: no act between states
    ("The senator joined the ruling party in 2019.", "joined"),
    ("The parliament in Lima approved the budget on Tuesday.", "approved"),
    ("Peru did not join the accord.", "join"),
    ("The city council adopted a new parking plan.", "adopted"),
])
def test_other_joining_approving_adopting_is_no_pact(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type not in {"AGREE", "SUPPORT"}, found


def test_joining_sought_is_no_agreement(reader):
    """"applied to join the alliance": the bid is the event; the joining is only asked for."""
    found = trigger_of(reader, "Norway applied to join the alliance in 2020.", "join")
    assert found is None or found.type != "AGREE", found
