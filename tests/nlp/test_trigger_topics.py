"""Triggers decided by talks and contacts (detente.nlp.trigger_topics): the topic of talks is no event,
being expected at a gathering or place is attendance, and cutting off contacts is a sanction. Every
sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    # what talks, negotiations or an agreement are about is their topic, not an act of its own
    ("Chile and Peru held talks on fishing tariffs on Tuesday.", "tariffs"),
    ("The envoys opened negotiations over grain embargoes in Geneva.", "embargoes"),
    ("The two leaders reached an agreement on arms embargoes.", "embargoes"),
    ("The ministers had a discussion about the blockade.", "blockade"),
    ("The two foreign ministers discussed sanctions over dinner.", "sanctions"),
])
def test_topic_of_talks_is_no_event(reader, text, word):
    assert trigger_of(reader, text, word) is None


@pytest.mark.parametrize("text,word,mode", [
    # someone expected at a gathering attends it; expected in a capital, visits it
    ("Both defence chiefs are expected at the Halifax Security Forum next week.", "expected", "multilateral"),
    ("The Kenyan president is expected at the summit in Lima in May.", "expected", "multilateral"),
    ("The Polish premier is expected in Vilnius on Thursday.", "expected", "visit"),
])
def test_expected_at_gathering_is_attendance(reader, text, word, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("CONSULT", mode)


@pytest.mark.parametrize("text,word", [
    # cutting off contacts or channels between states reduces relations (CAMEO 16x)
    ("Pyongyang cut off all communication channels with Seoul in June.", "cut"),
    ("Manila broke off military contacts with Beijing after the incident.", "broke"),
    ("Beijing suspended defence exchanges with Manila last year.", "suspended"),
])
def test_severed_contacts_are_a_sanction(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("SANCTION", "discontinue")
