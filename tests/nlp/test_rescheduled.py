"""Postponed events (session 19; sentences written for these tests): "put off" calls the date off as
"postponed" does, a relative clause saying the event "had been due" then dates it, and a new day it was moved
to is a planned event of its own."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-02-19"


def _statuses(reader, text: str) -> list[tuple[str, str | None]]:
    """(status, date) of each CONSULT, in reading order."""
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    return [(e.status, e.date.value or e.date.earliest if e.date else None) for e in events]


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian President Petro Marchenko put off a visit to Turkey that had been due on Wednesday, moving it to "
     "March 10.", [("cancelled", "2025-02-19"), ("planned", "2025-03-10")]),
    ("The Greek prime minister postponed his trip to Cyprus and rescheduled it for April 3.",
     [("cancelled", None), ("planned", "2025-04-03")]),
    ("Chile's foreign minister put off her visit to Peru, which was due in March.", [("cancelled", "2025-03-01")]),
])
def test_postponed_event_and_its_new_day(reader, text, expected):
    assert _statuses(reader, text) == expected
