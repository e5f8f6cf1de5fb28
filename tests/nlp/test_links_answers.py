"""The other side's answer (sentences written for these tests): a demand that was made awaits its target's
answer like a proposal; "has not budged" refuses it; "did not commit" leaves a proposal unanswered."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday

ANSWERS = [
    ("Seoul demanded on Tuesday that Tokyo withdraw the textbook. Tokyo has not budged.", "demanded",
     ("JPN", "declined")),
    ("Seoul demanded that Tokyo apologise for the remarks. Tokyo has not wavered.", "demanded",
     ("JPN", "declined")),
    ("China proposed a summit with the United States in May. Washington did not commit.", "summit",
     ("USA", "non_committal")),
]


@pytest.mark.parametrize("text,trigger,answer", ANSWERS, ids=["not-budged", "not-wavered", "not-commit"])
def test_the_targets_answer_is_attached(reader, text, trigger, answer):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.response is not None and (event.response.by, event.response.status) == answer


def test_giving_way_is_no_refusal(reader):
    text = "Seoul demanded that Tokyo apologise for the remarks. Tokyo budged."
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "demanded")
    assert event.response is None

