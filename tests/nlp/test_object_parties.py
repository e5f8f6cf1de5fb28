"""Targets named inside an act's object phrase: the state its own thing relates to ("closed its border
with X", "lift U.S. sanctions on X") and the owner after "of" of a partyless object ("the envoys of X")
(sentences written for these tests, each alone: no other sentence names a partner)."""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger

# (sentence, trigger, target countries)
OBJECT_PARTIES = [
    # the doer's own thing ("its"), related to another state; a "with" adjunct hung on the verb is no target
    ("Greece closed its northern border with Albania in 1995 in solidarity with Cyprus.", "closed", ["ALB"]),
    # owned by the doer's state ("U.S."), aimed "on" another
    ("U.S. President Joe Biden said he would lift U.S. sanctions on Cuba next month.", "lift", ["CUB"]),
    # a partyless object owned "of" several states: every state the phrase lists
    ("Moscow summoned the ambassadors of Poland, Latvia and Estonia on Monday.", "summoned",
     ["EST", "LVA", "POL"]),
    # a pair acting together: the owner after "of" is only their topic, the pair stays the two sides
    ("Poland and Lithuania discussed the future of Belarus on Monday.", "discussed", ["LTU"]),
]


@pytest.mark.parametrize("text,trigger,countries", OBJECT_PARTIES, ids=[c[0][:30] for c in OBJECT_PARTIES])
def test_party_named_in_the_object_phrase(reader, text, trigger, countries):
    event = event_by_trigger(reader, text, trigger)
    assert sorted({a.country for a in event.target}) == countries, event.target
