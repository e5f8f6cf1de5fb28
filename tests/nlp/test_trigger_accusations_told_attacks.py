"""An attack told by a speaker in a that-clause (detente.nlp.trigger_accusations._attack_told): one party's account
of a clash is its allegation (PLOVER ACCUSE allege, on the telling verb), while the attack stays coded as told.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of

TOLD = [
    ("A spokesman for the Indian navy said a Pakistani frigate had rammed an Indian patrol boat near the coast.",
     "said"),
    ("Hanoi's foreign ministry said Chinese vessels fired water cannon at a Vietnamese fishing boat.", "said"),
    # through a conjoined verb of the clause
    ("The coast guard said the Chinese cutter had been shadowing the supply boat and had rammed it twice.", "said"),
    # through a verb of evidence: what the pictures show is what the teller tells
    ("The minister said the footage showed villagers were being shot by border guards.", "said"),
]


@pytest.mark.parametrize("text,word", TOLD, ids=["rammed", "fired", "conjoined", "shown"])
def test_told_attack_is_allegation(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("ACCUSE", "allege")


def test_told_attack_stays_coded(reader):
    text = "A spokesman for the Indian navy said a Pakistani frigate had rammed an Indian patrol boat near the coast."
    assert event_by_trigger(reader, text, "rammed").type == "ASSAULT"


@pytest.mark.parametrize("text,word", [
    ("The Thai army said Cambodian troops would attack the border posts.", "said"),  # supposed, not done
    ("The general said we had struck the depot at dawn.", "said"),  # the teller's own side
    ("Seoul said Pyongyang had not fired any missiles this week.", "said"),  # denied
    ("The envoy said the talks had gone well.", "said"),  # no attack at all
], ids=["future", "own-side", "negated", "no-attack"])
def test_no_told_attack(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "ACCUSE"
