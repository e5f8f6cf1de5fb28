"""A day told of the document a verb's words came in ("In a letter sent on Thursday, X wrote ... and declared
...") dates the writing and the act joined to it (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-09"  # a Saturday
LEAD = "Argentina has expelled Bolivia's ambassador in Buenos Aires, Luis Rojas.\n\n"
LATER = " On Saturday, Bolivia's president called the expulsion regrettable."


@pytest.mark.parametrize("body", [
    "In a letter sent to the Bolivian embassy on Thursday, Foreign Minister Diana Mondino wrote that Rojas had lied "
    "and declared him persona non grata.",
    "In a message posted on Thursday, Foreign Minister Diana Mondino wrote that Rojas had lied and declared him "
    "persona non grata.",
])
def test_document_day_dates_the_joined_act(reader, body):
    events = reader.read(LEAD + body + LATER, published=PUBLISHED).events
    event = next(e for e in events if e.trigger == "declared")
    assert event.date is not None and event.date.value == "2024-03-07", event.date
