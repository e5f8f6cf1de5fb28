"""Stance words that bear on no relation (stance_topics) and general words added to the lexicon, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

CASES = [
    # text, words of the statement, stance
    # a time frame dated by a point in a war's course, and a war being brought to an end
    ("Foreign Minister Wong said the two navies should look ahead, 70 years since the end of the Korean War.",
     "look ahead", "neutral"),
    ("Chancellor Scholz said he had asked Ankara to help bring the war in Sudan to an end.",
     "bring the war", "neutral"),
    # a hyphenated "de-" or "non-" prefix denies the word it is joined to
    ("Foreign Minister Penny Wong said Canberra's aim in the talks was de-escalation.",
     "aim in the talks was de-escalation", "conciliatory"),
    ("The two governments said they had signed a pledge of non-interference.",
     "a pledge of non-interference", "conciliatory"),
    # a prefixed word before a noun names a kind of thing ("non-tariff barriers" are no tariffs lifted)
    ("Trade Commissioner Sefcovic said Beijing kept raising non-tariff barriers against European firms.",
     "non-tariff barriers", "neutral"),
    # praise of one's own country says nothing of the other side
    ("Premier Rustamov said the envoy was no longer welcome in our proud and great nation.",
     "no longer welcome", "hostile"),
    # a negation in one clause does not reach a second clause with its own subject
    ("President Milei said he did not enjoy the meeting and that it could mean trouble for Santiago.",
     "it could mean trouble", "hostile"),
    # general words: entering uninvited, cheating
    ("President Ruto said the raid was an incursion into Kenyan territory.",
     "an incursion into Kenyan", "hostile"),
    ("President Orban said Brussels was trying to cheat Hungarian farmers.",
     "trying to cheat", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_topic_stance(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)
