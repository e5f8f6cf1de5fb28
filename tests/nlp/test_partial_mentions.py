"""A later sentence naming one side of an act told before, the same day (nlp/same_acts.py): "the host called
the conversation useful" is the meeting again, kept as a mention, not a second meeting. A gathering and one
state's attendance at it stay apart.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-04"


def _consults(reader, text: str):
    return [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]


@pytest.mark.parametrize("text,mention", [
    # the guest's minister met the host's; the host's minister speaks of "the conversation"
    ("Egypt's foreign minister met his Jordanian counterpart in Amman on Sunday. Jordan's foreign minister "
     "called the conversation very useful.", "called the conversation"),
    # the host uses "the meeting" to press his guest: the meeting told again by its host alone
    ("Ghanaian President John Mahama arrived in Abuja on Wednesday and was received by Nigerian President Bola "
     "Tinubu. Tinubu also used the meeting to press his guest on trade.", "used the meeting"),
])
def test_one_sided_retelling_is_a_mention(reader, text, mention):
    found = _consults(reader, text)
    assert len(found) == 1, [(e.trigger, e.evidence.sentence) for e in found]
    assert found[0].source and found[0].target
    assert [m for m in found[0].mentions if mention in m.sentence], found[0].mentions


@pytest.mark.parametrize("text", [
    # a gathering of the alliance and one member's leader going to it are two acts
    "NATO leaders gather next Tuesday for a summit meant to raise defence spending. U.S. President Donald Trump "
    "is expected to attend.",
    "African Union leaders meet next Tuesday for a summit on food security. Kenyan President William Ruto is "
    "expected to attend.",
])
def test_gathering_and_attendance_stay_apart(reader, text):
    assert len(_consults(reader, text)) == 2, [(e.trigger, e.evidence.sentence) for e in _consults(reader, text)]
