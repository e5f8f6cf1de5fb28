""""The two commanders", "both envoys": people who speak for their sides stand for the pair of the
engagement just reported (sentences written for these tests)."""

from __future__ import annotations

import pytest

from detente.nlp.antecedents import is_party_anaphor

PHRASES = [
    ("The two commanders spoke by phone on Monday.", "commanders"),
    ("Both envoys agreed to meet again.", "envoys"),
    ("The two officers exchanged warnings over the radio.", "officers"),
    ("The two negotiators met for three hours.", "negotiators"),
]


@pytest.mark.parametrize("text,word", PHRASES, ids=[p[1] for p in PHRASES])
def test_people_for_their_sides_are_a_party_anaphor(reader, text, word):
    doc = reader.nlp(text)
    assert is_party_anaphor(next(t for t in doc if t.text == word))


def test_the_two_envoys_are_the_pair_just_reported(reader):
    text = ("Fumio Kishida and Yoon Suk Yeol met in Seoul on Monday. "
            "The two envoys spoke again by phone on Wednesday.")
    events = reader.read(text, published="2024-06-14").events
    call = next(e for e in events if e.mode == "phone")
    assert {r.actor_id for r in call.source + call.target} == {"person:fumio-kishida", "person:yoon-suk-yeol"}


def test_the_leaders_after_their_meeting_are_its_pair_and_a_new_agreement(reader):
    text = ("Fumio Kishida and Yoon Suk Yeol agreed on Monday to resume regular visits. "
            "The leaders agreed to cooperate on hydrogen research.")
    events = [e for e in reader.read(text, published="2024-06-14").events if e.type == "AGREE"]
    assert len(events) == 2  # a second agreement, on other content, not a repeat of the first
    assert {r.actor_id for r in events[1].source + events[1].target} == {"person:fumio-kishida",
                                                                         "person:yoon-suk-yeol"}
