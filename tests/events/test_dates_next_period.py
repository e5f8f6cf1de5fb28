""""The following year", "the month before": the calendar period next to the one just told (phrases
written for these tests)."""

from __future__ import annotations

import pytest

from detente.events.anchored_dates import anchored_phrases, next_period
from detente.records import DateValue

IN_2019 = DateValue(earliest="2019-01-01", latest="2019-12-31", precision="year", text="in 2019")
MAY_DAY = DateValue(value="2023-05-14", precision="day", text="May 14")


@pytest.mark.parametrize("anchor, text, first, last", [
    (IN_2019, "the following year", "2020-01-01", "2020-12-31"),
    (IN_2019, "the next year", "2020-01-01", "2020-12-31"),
    (IN_2019, "the previous year", "2018-01-01", "2018-12-31"),
    (IN_2019, "the year before", "2018-01-01", "2018-12-31"),
    (MAY_DAY, "the following month", "2023-06-01", "2023-06-30"),
    (MAY_DAY, "the month before", "2023-04-01", "2023-04-30"),
])
def test_period_next_to_the_anchor(anchor, text, first, last):
    value = next_period(anchor, text)
    assert value is not None and (value.first, value.last) == (first, last)


@pytest.mark.parametrize("text", ["next year", "the following day", "last year", "the year", ""])
def test_not_a_next_period(text):
    assert next_period(IN_2019, text) is None


def test_found_in_running_text():
    text = "Oslo froze the grants in 2019 and restored them the following year."
    assert [text[a:b] for a, b in anchored_phrases(text)] == ["the following year"]
