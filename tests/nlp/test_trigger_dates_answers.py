"""An act told as the answer to another ("in retaliation for X on Sunday"; sentences written for these
tests): a date told in the answer phrase is the earlier act's, not the answer's."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"  # a Friday
TEXTS = [
    "Vietnam expelled two Chinese diplomats, in retaliation for Chinese raids on Vietnamese fishing boats on Sunday.",
    "Armenia closed its border crossings, in response to Azerbaijani raids on Armenian villages on Sunday.",
    # told after the lead: the nearest dated act is the one answered, which does not date the answer
    "HANOI — Vietnamese and Chinese coast guard chiefs held talks in Hanoi on Thursday.\n\nVietnam expelled two "
    "Chinese diplomats, in retaliation for Chinese raids on Vietnamese fishing boats on Sunday.",
]


def _events(reader, text: str) -> dict:
    return {e.trigger: e for e in reader.read(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text", TEXTS)
def test_the_answer_does_not_take_the_day_of_the_act_it_answers(reader, text):
    answer = next(e for t, e in _events(reader, text).items() if t in {"expelled", "closed"})
    assert answer.date is None or answer.date.value != "2024-03-03"


@pytest.mark.parametrize("text", TEXTS)
def test_the_act_answered_keeps_the_day_told_in_the_phrase(reader, text):
    raids = _events(reader, text)["raids"]
    assert raids.date is not None and raids.date.value == "2024-03-03"
