"""Forces moved and texts released (detente.nlp.trigger_incidents, detente.nlp.triggers): patrols held, units
sent, a statement released. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,mode", [
    ("The coast guard conducted law enforcement patrols near the atoll on Sunday.", "patrols", "police"),
    ("The navy stepped up patrols in the strait after the incident.", "patrols", "troops"),
    ("Its ships held what Hanoi called routine patrols off the reef.", "patrols", "troops"),
])
def test_patrols_held_are_mobilization(reader, text, word, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("MOBILIZE", mode)


@pytest.mark.parametrize("text,word", [
    ("Gunmen ambushed a police patrol near the border.", "patrol"),
    ("The two navies held joint patrols in the gulf.", "patrols"),
])
def test_attacked_or_joint_patrols_are_no_mobilization(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "MOBILIZE"


@pytest.mark.parametrize("text,word", [
    ("The command began the drills, sending army, navy and air force units toward the island.", "sending"),
    ("Moscow sent two brigades to the frontier.", "sent"),
])
def test_sending_units_is_a_deployment(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("MOBILIZE", "troops")


@pytest.mark.parametrize("text,word", [
    ("A joint communique released after the talks listed five projects.", "released"),
    ("The ministry released a statement on the border talks.", "released"),
])
def test_releasing_a_text_frees_no_one(reader, text, word):
    assert trigger_of(reader, text, word) is None
