"""Replies told in the sentence of the act they answer (sentences written for these tests): a restating
noun with the other side's answer ("..., a charge Y rejects", "..., a request Y did not take up"), a
passive refusal joined to the request ("and had been refused"), a stated reply ("replied that ...")."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"


def _act(reader, text, kind):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.type == kind)


@pytest.mark.parametrize("text,kind,expected", [
    ("Lithuania accuses Belarus of sending balloons across the border, a charge Minsk rejects.",
     "ACCUSE", ("BLR", "declined")),
    ("Poland had urged Germany to reopen the crossings, a request Berlin did not take up.",
     "REQUEST", ("DEU", "non_committal")),
    ("Chile had asked Peru in May for permission to inspect the vessel, and had been refused.",
     "REQUEST", ("PER", "declined")),
], ids=["charge-side-rejects", "request-not-taken-up", "passive-refusal"])
def test_an_answer_in_the_acts_sentence_is_its_response(reader, text, kind, expected):
    event = _act(reader, text, kind)
    assert event.response is not None and (event.response.by, event.response.status) == expected


@pytest.mark.parametrize("reply", [
    "Scholz replied that all sides should show patience.",
    "The German chancellor replied that Berlin would consult its partners first.",
], ids=["leader-replied-that", "described-leader-replied-that"])
def test_a_stated_reply_to_a_request_is_non_committal(reader, reply):
    text = "Polish Prime Minister Donald Tusk urged German Chancellor Olaf Scholz on Monday to reopen the crossings. "
    event = _act(reader, text + reply, "REQUEST")
    assert event.response is not None and (event.response.by, event.response.status) == ("DEU", "non_committal")


@pytest.mark.parametrize("text", [
    "Lithuania accuses Belarus of sending balloons across the border, a charge Minsk has long made against others.",
    "Poland had urged Germany to reopen the crossings, a request it repeated on Monday.",
], ids=["noun-without-answer-verb", "requester-repeats"])
def test_a_restating_noun_without_the_other_sides_answer_gives_none(reader, text):
    event = _act(reader, text, "ACCUSE" if "accuses" in text else "REQUEST")
    assert event.response is None
