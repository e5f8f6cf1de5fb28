"""Partnerships formed (detente.nlp.trigger_partnership): founding a partnership, or raising ties to one, is an
agreement of the parties. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    # existing ties lifted to a named partnership
    ("Chile and Peru upgraded their ties to a strategic partnership.", "upgraded"),
    ("Japan and Vietnam raised their relationship to a comprehensive strategic partnership on Monday.", "raised"),
    ("Ghana and Kenya elevated relations into a global partnership.", "elevated"),
    # a partnership founded, told actively, passively or in a relative clause
    ("Kenya and Ghana established a strategic partnership on Friday.", "established"),
    ("The partnership was set up in 2010 by Spain and Chile.", "set"),
    ("This year marks the tenth anniversary of the strategic partnership the two countries set up in 2015.", "set"),
    ("Oslo and Hanoi forged a green partnership last spring.", "forged"),
])
def test_partnership_formed_is_agreement(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "AGREE", found


@pytest.mark.parametrize("text,word,type_", [
    # ties upgraded with no pact named stay support; raising something else to a partnership level is no pact
    ("Chile and Peru upgraded their ties on Friday.", "upgraded", "SUPPORT"),
])
def test_upgrade_without_partnership_unchanged(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == type_, found


@pytest.mark.parametrize("text,word", [
    # a partnership only talked about, or "set" without "up", founds nothing
    ("The minister set the partnership aside for now.", "set"),
    ("The firm raised prices to cover its partnership costs.", "raised"),
])
def test_no_partnership_agreement(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "AGREE", found


def test_raised_partnership_links_both_states(reader):
    events = reader.read("Canada and Mexico raised their ties to a comprehensive strategic partnership on Thursday.",
                         published="2025-09-19").events
    event = next(e for e in events if e.type == "AGREE")
    assert {a.country for a in event.source + event.target} == {"CAN", "MEX"} and event.status == "occurred"
