"""Threats told as a reported condition (detente.nlp.trigger_threats): a speech verb reporting a harm that hangs
on what the other side does is PLOVER THREATEN, supposed (hypothetical). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of

PUBLISHED = "2024-06-14"

THREATS = [
    ("Lima cautioned that if Quito kept the envoy, Quito would bear the consequences.", "cautioned"),
    ("The president said that Caracas would face air strikes if it seized the oil field.", "said"),
    ("Oslo's minister cautioned that, if the ban stood, Norway would respond in kind.", "cautioned"),
    ("Baku warned that if Yerevan crossed the line, it would answer with force.", "warned"),
]


@pytest.mark.parametrize("text,word", THREATS, ids=["bear-consequences", "said-face", "respond", "warned-force"])
def test_conditional_harm_is_a_supposed_threat(reader, text, word):
    assert trigger_of(reader, text, word).type == "THREATEN"
    assert event_by_trigger(reader, text, word, published=PUBLISHED).status == "hypothetical"


@pytest.mark.parametrize("text,word", [
    ("The minister said the talks would resume if the weather allowed.", "said"),  # a condition, no harm
    ("The minister said that Chile would face a hard winter.", "said"),  # a harm, no condition
])
def test_no_conditional_threat(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "THREATEN"
