"""events.anchored_dates.open_after and its use in a text: "some time after that" runs from the moment just told
to the end of its year, and no further than publication when told in the past (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from detente.events.anchored_dates import open_after
from detente.records import DateValue

CASES = [
    (DateValue(earliest="2026-04-01", latest="2026-04-30", precision="month"), "some time after that",
     ("2026-04-01", "2026-12-31")),
    (DateValue(value="2025-03-12"), "at some point thereafter", ("2025-03-12", "2025-12-31")),
    # an anchor late in the year runs three months on instead of ending within weeks
    (DateValue(value="2025-11-20"), "sometime after that", ("2025-11-20", "2026-02-28")),
]


@pytest.mark.parametrize("anchor,text,span", CASES, ids=["month", "day", "late-in-year"])
def test_open_after_an_anchor(anchor, text, span):
    found = open_after(anchor, text)
    assert found is not None and (found.earliest, found.latest) == span


@pytest.mark.parametrize("text", ["hours later", "the next day", "after the talks", "some time"])
def test_other_phrases_are_not_open_after(text):
    assert open_after(DateValue(value="2025-03-12"), text) is None


def test_a_visit_some_time_after_that_is_dated(reader):
    text = ("Japan and China agreed on Monday to hold talks in March. Japan's prime minister will visit Beijing "
            "at some point thereafter.")
    visit = next(e for e in reader.read(text, published="2025-01-10").events if e.trigger == "visit")
    assert visit.date is not None and (visit.date.earliest, visit.date.latest) == ("2025-03-01", "2025-12-31")


def test_told_in_the_past_it_ends_at_publication(reader):
    text = "Japan and China held talks on Monday. Some time later, Japan's prime minister visited Beijing."
    visit = next(e for e in reader.read(text, published="2025-01-10").events if e.trigger == "visited")
    assert visit.date is not None and (visit.date.earliest, visit.date.latest) == ("2025-01-06", "2025-01-10")
