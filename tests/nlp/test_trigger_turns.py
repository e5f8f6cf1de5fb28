"""Turns in a state's own conduct (detente.nlp.trigger_turns, trigger_breadth forces leaving a state):
sentences written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,kind,mode", [
    ("Vietnam has halted the construction of the dam after protests from Cambodia.", "halted", "CONCEDE", None),
    ("The fencing was suspended on Tuesday after villagers objected.", "suspended", "CONCEDE", None),
    ("Moscow restored visa-free entry for Chinese tourists in May.", "restored", "CONCEDE", None),
    ("Ankara will reinstate access to its ports for Greek ships.", "reinstate", "CONCEDE", None),
    ("The mission is mostly paid for by Canada.", "paid", "AID", None),
    ("Japan has paid for most of the new bridge over the river.", "paid", "AID", None),
    ("They visited a school in Dili that Australia paid for.", "paid", "AID", None),
    ("Panama switched its recognition from Taipei to Beijing in 2017.", "switched", "SANCTION", "discontinue"),
    ("The president switched her country's diplomatic recognition from Taipei to Beijing.", "switched", "SANCTION",
     "discontinue"),
    ("Russian troops left Syria and Libya after the talks.", "left", "RETREAT", "withdraw"),
])
def test_turns_are_coded(reader, text, word, kind, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == kind and found.mode == mode, found


@pytest.mark.parametrize("text,word,kind", [
    ("The workers stopped work at noon.", "stopped", "CONCEDE"),
    ("The government restored the old cathedral in the capital.", "restored", "CONCEDE"),
    ("Russia will pay for its aggression, the minister said.", "pay", "AID"),
    ("The family paid for the wedding in cash.", "paid", "AID"),
    ("The company switched its headquarters from Paris to Lyon.", "switched", "SANCTION"),
    ("The tourists left Spain on Sunday.", "left", "RETREAT"),
    ("Paris did not restore visa-free entry for Algerian officials.", "restore", "CONCEDE"),
])
def test_other_turns_are_not(reader, text, word, kind):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != kind, found
