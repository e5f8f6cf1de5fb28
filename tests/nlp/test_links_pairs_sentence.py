"""A pair anaphor ("the two spoke") stands for the engagement told in its own sentence before an
earlier one of the same status (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"
JP, KR = "person:fumio-kishida", "person:yoon-suk-yeol"
CN = "person:li-qiang"

EARLIER = "Fumio Kishida and Yoon Suk Yeol spoke by phone last Thursday. "
SENTENCES = [
    "Kishida and Li Qiang delayed their summit after the two spoke by phone on Monday.",
    "Talks between Kishida and Li Qiang were suspended once the two had spoken by phone on Monday.",
]


def people(event) -> set[str]:
    return {r.actor_id for r in event.source + event.target}


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_two_are_the_pair_of_the_same_sentence(reader, sentence):
    events = reader.read(EARLIER + sentence, published=PUBLISHED).events
    calls = [e for e in events if e.mode == "phone" and e.date is not None and e.date.value == "2024-06-10"]
    assert calls and people(calls[0]) == {JP, CN}, [(e.trigger, people(e), e.date) for e in events]
