"""nlp.dates: "Over the weekend X warned ..." is found as a date though the tagger may miss it at the head of a
sentence, so the act is dated to the weekend before publication (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-10-16"  # a Wednesday: the weekend just gone is 12-13 October


@pytest.mark.parametrize("text, trigger", [
    ("North Korea blew up the roads on Tuesday. Over the weekend Kim Yo Jong warned that another drone over the "
     "capital would bring a terrible disaster.", "warned"),
    ("Serbia shut a crossing on Tuesday. Over the weekend Kosovo's prime minister accused Belgrade of arming "
     "militants in the north.", "accused"),
])
def test_over_the_weekend_dates_the_act(reader, text, trigger):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and (event.date.first, event.date.last) == ("2024-10-12", "2024-10-13"), \
        event.date
