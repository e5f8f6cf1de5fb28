""""in September of that year" takes the year just told; "that month" after a dated moment is its month; a day
told in a participle clause of a past verb lies behind publication (sentences written for these tests)."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2025, 10, 10)


def _dates(reader, text):
    doc = reader.nlp.make_doc(text)
    doc._.published = PUBLISHED
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    return {s.text: (s._.date.first, s._.date.last) for s in doc.spans["dates"]}


@pytest.mark.parametrize("text,phrase,span", [
    ("The 2019 pact was signed in Lisbon in March of that year, at a summit of the two leaders.", "March",
     ("2019-03-01", "2019-03-31")),
    ("The envoys first met in June 2022. The two armies held their first joint drill that month.", "that month",
     ("2022-06-01", "2022-06-30")),
    ("The ferry, sailing from Split to Ancona on Dec. 12, sank off the coast.", "Dec. 12",
     ("2024-12-12", "2024-12-12")),
])
def test_a_time_told_back_takes_the_year_just_told(reader, text, phrase, span):
    found = _dates(reader, text)
    assert found.get(phrase) == span, found
