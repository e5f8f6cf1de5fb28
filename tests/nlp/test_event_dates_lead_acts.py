"""Event dates (session 9): an undated act of the kind the lead dates for the same side ("X shut its border
on Friday ... X also expelled ...") belongs to that day's news, even when the act told just before it is the
other side's, on another day.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,trigger,day", [
    ("Ghana closed its border with Togo on Friday, hitting back a day after Lome expelled two Ghanaian diplomats. "
     "Togo also suspended flights to Ghana on Thursday. Ghana also expelled Togo's military attache.",
     "expelled", "2024-03-15"),
    ("Chile recalled its ambassador from Peru on Friday. Peru had expelled two Chilean diplomats on Wednesday. "
     "Chile also suspended a fisheries accord with Peru.", "suspended", "2024-03-15"),
])
def test_the_leads_day_dates_the_same_sides_later_act(reader, text, trigger, day):
    events = reader.read(text, published="2024-03-16").events
    event = [e for e in events if e.trigger == trigger][-1]
    assert event.date is not None and event.date.value == day, event.date
