"""A visit told on one day runs from the visitor's arrival to the visitor's last dated act in the host's land
(nlp/visit_spans.py); talks held on one of its days keep their day (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _event(events, trigger):
    return next(e for e in events if e.trigger == trigger)


@pytest.mark.parametrize("text, published, trigger, span", [
    # arrival, then the visitor's own act on a later day in the host's land
    ("Polish Prime Minister Donald Tusk flew into Rome on Monday and was received by Italian Prime Minister "
     "Giorgia Meloni. On Tuesday, Tusk and Meloni opened a business forum in Rome.",
     "2024-05-14", "flew", ("2024-05-13", "2024-05-14")),
    # the visit told by its noun and the departure, the arrival in the next sentence
    ("Polish Prime Minister Donald Tusk left Italy on Wednesday after his first official visit to Italy in two "
     "years. Tusk arrived in Rome on Tuesday and held talks with Italian Prime Minister Giorgia Meloni.",
     "2024-05-16", "visit", ("2024-05-14", "2024-05-15")),
])
def test_visit_runs_from_arrival_to_last_act(reader, text, published, trigger, span):
    date = _event(reader.read(text, published=published).events, trigger).date
    assert date is not None and (date.earliest, date.latest) == span, date


def test_talks_on_one_day_of_the_visit_keep_their_day(reader):
    text = ("Polish Prime Minister Donald Tusk left Italy on Wednesday after his first official visit to Italy in two "
            "years. Tusk arrived in Rome on Tuesday and held talks with Italian Prime Minister Giorgia Meloni.")
    date = _event(reader.read(text, published="2024-05-16").events, "talks").date
    assert date is not None and date.value == "2024-05-14", date
