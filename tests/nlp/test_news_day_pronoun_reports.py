"""A report whose subject is "he" or "she", with no day of its own, goes on with the dated report of the person
who spoke in the sentence just before (news_day.pronoun_report; sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-10"  # a Sunday
LEAD = "Norway's Foreign Minister Espen Barth Eide announced the measure on Friday in a statement. "


@pytest.mark.parametrize("follow, trigger", [
    ("He said Norway condemned the arrest of its diplomats in Minsk.", "condemned"),
    ("He said Oslo urged Belarus to release the two diplomats at once.", "urged"),
    ("He accused Belarus of holding the diplomats without charge.", "accused"),
])
def test_pronoun_report_takes_the_speakers_day(reader, follow, trigger):
    events = reader.read(LEAD + follow, published=PUBLISHED).events
    date = next(e for e in events if e.trigger == trigger).date
    assert date is not None and date.value == "2024-03-08", date
