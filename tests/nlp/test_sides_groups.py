"""Sides of acts whose doer is a bare group: a state kept by a verb of keeping ("decided to keep the border
closed"), a leader's own cabinet ("his cabinet will approve"), a bare plural of office-holders in a story about
an international body ("Leaders agreed ..."), and a later round of talks ("a third round").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reader, text, trigger):
    events = reader.read(text, published="2025-03-07").events
    return [e for e in events if e.trigger == trigger]


def _event(reader, text, trigger):
    found = _events(reader, text, trigger)
    assert found, trigger
    return found[0]


@pytest.mark.parametrize("text,trigger,source", [
    ("Poland said it would keep the crossings closed for another month.", "closed", "POL"),
    ("Hungary will keep its border crossings closed until Friday, the minister said.", "closed", "HUN"),
])
def test_a_kept_state_is_the_keepers_act(reader, text, trigger, source):
    event = _event(reader, text, trigger)
    assert source in {a.country for a in event.source}


@pytest.mark.parametrize("text,trigger,name", [
    ("Croatian Prime Minister Andrej Plenkovic said his cabinet would approve the arms deal with France on Friday.",
     "approve", "Croatian cabinet"),
    ("Portuguese Prime Minister Luis Montenegro said his cabinet would back the loan to Ukraine next week.",
     "back", "Portuguese cabinet"),
])
def test_a_leaders_own_cabinet_is_his_states_body(reader, text, trigger, name):
    event = _event(reader, text, trigger)
    assert name in {a.name for a in event.source}


@pytest.mark.parametrize("text,trigger,source", [
    ("The African Union held its summit in Addis Ababa on Sunday. Leaders agreed to suspend Guinea's membership.",
     "suspend", "IGO"),
])
def test_bare_leaders_after_a_body_act_as_it(reader, text, trigger, source):
    event = _event(reader, text, trigger)
    assert source in {a.country for a in event.source}


@pytest.mark.parametrize("text,trigger", [
    ("Kenya and Uganda held talks in Nairobi on Sunday. Leaders agreed to reopen the border.", "agreed"),
])
def test_bare_leaders_with_no_body_are_not_a_body(reader, text, trigger):
    for event in _events(reader, text, trigger):
        assert "IGO" not in {a.country for a in event.source}


@pytest.mark.parametrize("text", [
    "A second round of talks between Kenya and Uganda ended in Nairobi on Monday. A third round will be held "
    "in Kampala in May.",
    "A second round of negotiations between Peru and Chile ended in Lima on Monday. Officials said a third round "
    "would take place in June.",
])
def test_a_later_round_continues_the_run_of_talks(reader, text):
    rounds = [e for e in reader.read(text, published="2025-03-07").events if e.trigger == "round"]
    assert rounds and len({a.country for a in rounds[0].source + rounds[0].target}) == 2
