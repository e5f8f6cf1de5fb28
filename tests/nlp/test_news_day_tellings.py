"""Tellings the news day reaches (detente.nlp.news_day): a past joined to the narrator's past perfect is part of
that look back and lends its day to no later act; a past passive or past progressive tells a done act as a
simple past does; a date in a clause describing a person tells no time of the sentence's acts.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-15"  # a Saturday


def _date(reader, text: str, trigger: str):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    return event.date.value if event.date is not None else None


JOINED_LOOK_BACK = [
    ("President Ruto held talks with President Lula in Brasilia on Friday. In Lima on Thursday he had held talks "
     "with President Boluarte, and the two governments raised their ties to a strategic partnership. Lula said the "
     "two sides had signed five agreements on trade and health.", "signed", "2024-06-14"),
    ("Prime Minister Albanese held talks with Prime Minister Luxon in Wellington on Friday. In Suva on Thursday he "
     "had held talks with Prime Minister Rabuka, and the two countries signed a maritime security pact. Luxon said the two "
     "sides had agreed a new defence arrangement.", "agreed", "2024-06-14"),
]


@pytest.mark.parametrize("text,trigger,day", JOINED_LOOK_BACK, ids=["ruto", "albanese"])
def test_a_past_joined_to_a_look_back_lends_no_day(reader, text, trigger, day):
    assert _date(reader, text, trigger) == day


BE_PASTS = [
    ("The governments of Ghana and Togo announced on Friday that they were leaving the Southern African "
     "Development Community with immediate effect.", "leaving", "2024-06-14"),
    ("Chancellor Scholz stood beside troops in Riga on Friday as Germany opened a new base in Latvia. Scholz, who "
     "returned from Asia earlier this month, was received by President Rinkevics.", "received", "2024-06-14"),
]


@pytest.mark.parametrize("text,trigger,day", BE_PASTS, ids=["progressive", "passive"])
def test_a_past_with_be_takes_the_news_day(reader, text, trigger, day):
    assert _date(reader, text, trigger) == day
