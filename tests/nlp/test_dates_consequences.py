"""An act caused by an earlier event told at a distance ("a month after strikes led X to halt Y") came
between that event and the news it is told with (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday

CONSEQUENCES = [
    ("Seoul and Tokyo signed a trade accord on Thursday, about two months after North Korean missile tests "
     "prompted Seoul to cut its trade with Tokyo.", "cut", ("2024-04-01", "2024-06-12")),
    ("Japan and China held talks in Beijing on Thursday, three weeks after a collision at sea led Beijing to "
     "suspend its imports of Japanese seafood.", "suspend", ("2024-05-21", "2024-06-12")),
    ("Armenia and Azerbaijan signed a border accord on Thursday, nearly a year after clashes along the frontier "
     "forced Armenia to halt its trade with Azerbaijan.", "halt", ("2023-01-01", "2024-06-12")),
]


@pytest.mark.parametrize("text,trigger,span", CONSEQUENCES, ids=["prompted", "led", "forced"])
def test_a_caused_act_lies_between_its_cause_and_the_anchor(reader, text, trigger, span):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert (event.date.earliest, event.date.latest) == span
