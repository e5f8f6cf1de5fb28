"""A date told in the narrator's past perfect ("X had raised it with Y on May 27") is what came before the news:
it does not move the story to that day, and that act lends its day to no later undated act, which stays on
the day's news (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday

AFTER_BACKGROUND = [
    ("Chinese and Japanese diplomats held talks in Beijing on Thursday. Prime Minister Fumio Kishida had raised the "
     "detention of a Japanese businessman with Premier Li Qiang in Seoul on May 27. Japan also urged China to lift "
     "its ban on Japanese seafood.", "urged", "2024-06-13"),
    ("Indian and Chinese army commanders met at the border on Wednesday. Defence Minister Rajnath Singh had accepted "
     "the patrolling pact in a call with his Chinese counterpart on May 2. India also asked China to pull back troops "
     "from two more points.", "asked", "2024-06-12"),
]


@pytest.mark.parametrize("text,trigger,day", AFTER_BACKGROUND, ids=["japan", "india"])
def test_an_act_after_a_past_perfect_aside_keeps_the_news_day(reader, text, trigger, day):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and event.date.value == day
