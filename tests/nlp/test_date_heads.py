"""The date at the head of an over-long DATE entity (detente.nlp.date_heads): when the tagger runs a day or
month on into the words after it, the leading weekday or month is the date told, and a trailing "that year"
takes the year just narrated.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest


def _dates(reader, text: str, published: str) -> dict[str, tuple[str, str]]:
    doc = reader.nlp.make_doc(text)
    doc._.published = date.fromisoformat(published)
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    return {s.text: (s._.date.first, s._.date.last) for s in doc.spans["dates"]}


@pytest.mark.parametrize("text,published,expected", [
    ("The two foreign ministers signed a border pact in Hanoi on Sunday, three months after their navies "
     "clashed near the reef.", "2025-06-10", ("Sunday", ("2025-06-08", "2025-06-08"))),
    ("The dispute flared in May 2021, when both capitals recalled their envoys. The presidents met in Geneva "
     "on June 9 that year and agreed to restore ties.", "2024-11-05", ("June 9", ("2021-06-09", "2021-06-09"))),
])
def test_leading_day_of_an_overlong_date_is_read(reader, text, published, expected):
    span, days = expected
    assert _dates(reader, text, published).get(span) == days
