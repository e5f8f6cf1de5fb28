""""at next week's forum", "this month's talks": a period named by a possessive, which the tagger
tends to miss, is still a date (sentences written for these tests)."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2024, 6, 12)  # a Wednesday

CASES = [
    ("Seoul confirmed its delegation to this month's trade talks in Geneva.", ("2024-06-01", "2024-06-30")),
    ("Ministers arrived for this week\u2019s Group of Seven meeting in Rome.", ("2024-06-10", "2024-06-16")),
]


@pytest.mark.parametrize("text,span", CASES, ids=[c[0][:30] for c in CASES])
def test_a_possessive_period_is_a_date(reader, text, span):
    doc = reader.nlp.make_doc(text)
    doc._.published = PUBLISHED
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    found = [s._.date for s in doc.spans["dates"]]
    assert any((d.earliest, d.latest) == span for d in found), found
