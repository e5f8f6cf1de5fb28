"""Statements from outside the day's news (detente.nlp.news_reactions): a side that took no part in the lead's
act, or the side it hit, told speaking with no time of its own far from any dated act, spoke between the news
day and publication (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-16"  # a Thursday
TEXT = (
    "Canada, Australia and Japan told the World Trade Organization on Tuesday that they were imposing tariffs on "
    "Chinese steel, starting a 60-day wait before the duties apply.\n\n"
    "In a letter to the body, the three governments said the subsidies broke the rules of the organization. The "
    "duties will apply after 60 days unless talks succeed.\n\n"
    "The trade ministers said in a joint statement that they remained open to talks.\n\n"
    "Chinese Commerce Minister Wang Wentao called the decision \"unfair and unlawful,\" state media reported.\n\n"
    "In Washington, Secretary of State Antony Blinken welcomed the step.")


@pytest.mark.parametrize("trigger", ["called", "welcomed"])
def test_statement_from_outside_the_news_runs_to_publication(reader, trigger):
    events = reader.read(TEXT, published=PUBLISHED).events
    date = next(e for e in events if e.trigger == trigger).date
    assert date is not None and (date.earliest, date.latest) == ("2024-05-14", "2024-05-16")
