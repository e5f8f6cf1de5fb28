"""A reply told "within hours" takes the day of the lead's act it answers, not the day of a step told in
between (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-10-18"  # a Friday
LEAD = "The European Union on Wednesday imposed new sanctions on Iran over its drone deliveries to Russia. "
BETWEEN = "An earlier package of curbs on Iranian airlines took effect on Thursday. "


@pytest.mark.parametrize("reply", [
    "Iran's foreign ministry responded within hours, calling the measures illegal and baseless.",
    "Tehran replied within hours, condemning the decision as hostile.",
])
def test_reply_within_hours_takes_the_answered_act_day(reader, reply):
    events = reader.read(LEAD + BETWEEN + reply, published=PUBLISHED).events
    answer = next(e for e in events if e.type == "ACCUSE" and "within hours" in e.evidence.sentence)
    assert answer.date is not None and answer.date.first == "2024-10-16", answer.date
