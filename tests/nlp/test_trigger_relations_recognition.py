"""Recognition of a ruler and joint vows (detente.nlp.trigger_relations); objecting to another's act
(detente.nlp.trigger_accusations). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    ("Paris recognised him as the interim president in February.", "recognised"),
    ("Several EU states recognized the rival government in Tripoli.", "recognized"),
])
def test_recognising_a_ruler_is_support(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "SUPPORT"


def test_recognising_a_need_is_no_event(reader):
    assert trigger_of(reader, "Both sides recognised the need for calm.", "recognised") is None


@pytest.mark.parametrize("text,word,expected", [
    ("In a joint declaration they vowed to deepen trade ties.", "vowed", "AGREE"),
    ("Lima and Quito vowed to reopen the border crossings.", "vowed", "AGREE"),
    ("The minister vowed to hunt down the smugglers.", "vowed", None),
])
def test_a_joint_vow_is_an_agreement(reader, text, word, expected):
    found = trigger_of(reader, text, word)
    assert (found.type if found else None) == expected


@pytest.mark.parametrize("text,word,expected", [
    ("Both governments opposed any attempt by Moscow to redraw the borders.", "opposed", ("ACCUSE", "disapprove")),
    ("Tokyo opposes unilateral moves to change the status of the islands.", "opposes", ("ACCUSE", "disapprove")),
    ("Tokyo opposed the proposal to share the fishing grounds.", "opposed", ("REJECT", None)),
])
def test_opposing_an_act_is_disapproval(reader, text, word, expected):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode if expected[1] else None) == expected
