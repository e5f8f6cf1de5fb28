"""Hosts a visit's own sentence names (session 21; sentences written for these tests): the person of the
visited state who received the visitor ("the king, X, who received him"), or who acted together with the
visitor as one subject ("X and Prime Minister Y signed ... when X visited"); a person merely mentioned
("the visitor's father") is no host."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


def _names(event) -> set[str]:
    return {a.name for a in event.source + event.target}


def _visits(reader, text):
    return [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT" and e.mode == "visit"]


@pytest.mark.parametrize("text, host", [
    ("Spanish Prime Minister Pedro Sanchez welcomed the trip. Macron arrived in Madrid on Tuesday for a state "
     "visit made at the invitation of Spain's king, Felipe VI, who received him at the Royal Palace on Wednesday.",
     "Felipe VI"),
    ("Foreign Minister Annalena Baerbock and Prime Minister Dick Schoof announced a joint fund on Monday, when the "
     "German minister visited The Hague.", "Dick Schoof"),
])
def test_a_visit_takes_the_host_its_sentence_names(reader, text, host):
    visits = _visits(reader, text)
    assert visits and any(host in _names(e) for e in visits), [_names(e) for e in visits]


@pytest.mark.parametrize("text, person", [
    ("Putin arrived in Pyongyang on Tuesday for his first visit since 2000, when Kim's father, Kim Jong Il, "
     "led the country.", "Kim Jong Il"),
])
def test_a_person_merely_mentioned_is_no_host(reader, text, person):
    visits = _visits(reader, text)
    assert all(person not in _names(e) for e in visits), [_names(e) for e in visits]
