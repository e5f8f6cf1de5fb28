"""A bare number of one or two digits (an age, a count) names no date (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday


@pytest.mark.parametrize("text, trigger, first", [
    ("Peru detained Ramirez, 33, a teacher from Quito, in March 2023.", "detained", "2023-03-01"),
    ("Peru detained Lopez, 41, a trader from Guayaquil, in April 2022.", "detained", "2022-04-01"),
])
def test_age_is_no_date(reader, text, trigger, first):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and event.date.first == first, event.date
    doc = reader._new_doc(text, published=PUBLISHED)
    for _, proc in reader.nlp.pipeline:
        doc = proc(doc)
    assert not any(s.text.isdigit() and len(s.text) <= 2 for s in doc.spans["dates"])
