"""A person's statement act told after a report of that person's dated words is more of those words and
takes the report's day, not the day of an act the person was only on the receiving end of (sentences
written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday

MORE_WORDS = [
    ("Turkish President Recep Tayyip Erdogan said on Tuesday that Sweden had still not done enough to win "
     "Ankara's approval for its NATO bid. Swedish Prime Minister Ulf Kristersson called Erdogan on Monday and "
     "apologised for the burning of a Koran outside the Turkish embassy. In a speech to his party's lawmakers, "
     "Erdogan set out his conditions. He also accused Stockholm of sheltering militants.", "accused", "2024-06-11"),
    ("Philippine President Ferdinand Marcos Jr. said on Wednesday that Manila would not give up an inch of its "
     "waters. Chinese President Xi Jinping wrote to Marcos on Tuesday and praised the two countries' long "
     "friendship. Speaking to reporters in Manila, Marcos said the coast guard would keep up its patrols. He also "
     "criticised Beijing for its use of water cannon.", "criticised", "2024-06-12"),
]


@pytest.mark.parametrize("text,trigger,day", MORE_WORDS, ids=["erdogan", "marcos"])
def test_more_of_a_speakers_words_take_the_report_day(reader, text, trigger, day):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and event.date.value == day


def test_a_meeting_with_the_speaker_still_dates_what_follows(reader):
    text = ("Turkish President Recep Tayyip Erdogan said on Tuesday that Sweden had still not done enough to win "
            "Ankara's approval. Swedish Prime Minister Ulf Kristersson met Erdogan in Vilnius on Wednesday. "
            "Erdogan also accused Stockholm of sheltering militants.")
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "accused")
    assert event.date is not None and event.date.value == "2024-06-12"
