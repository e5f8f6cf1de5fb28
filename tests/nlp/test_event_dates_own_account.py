"""A statement or offer known only from a report that names no time of its own ("X said it had ... and accused
Y", "offered help, an official said"), told after an act in the field or another side's words: it was given out
some time after that act, so it runs from the act's day to publication (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-15"  # a Wednesday


def _date(reader, text: str, trigger: str):
    events = reader.read(text, published=PUBLISHED).events
    return next(e for e in events if e.trigger == trigger).date


@pytest.mark.parametrize("text, trigger", [
    # the acting side's own account of its act
    ("A Chinese coast guard cutter fired a water cannon at a Vietnamese fishing boat near the Paracel Islands on "
     "Tuesday. China's coast guard said it had driven the boat away and accused Hanoi of provocation.", "accused"),
    # an offer told in a report after the incident
    ("A Russian fighter collided with a Norwegian patrol aircraft over the Barents Sea on Tuesday. After the "
     "collision, the Norwegian coast guard offered the Russian pilot assistance, a spokesman said.", "assistance"),
])
def test_reported_statement_runs_to_publication(reader, text, trigger):
    date = _date(reader, text, trigger)
    assert date is not None and (date.earliest, date.latest) == ("2024-05-14", "2024-05-15")


def test_a_report_with_its_own_time_keeps_it(reader):
    """"said hours later": the sentence tells the time, so the statement is that day's."""
    text = ("A Chinese coast guard cutter fired a water cannon at a Vietnamese fishing boat near the Paracel Islands "
            "on Tuesday. Hours later, China's coast guard said it had driven the boat away and accused Hanoi of "
            "provocation.")
    date = _date(reader, text, "accused")
    assert date is not None and date.value == "2024-05-14"
