"""Venues named by the occasion words were spoken at (session 28; sentences written for these tests): a news
conference told, a speech given to a named gathering or to an audience, a day named in the speech's noun."""

from __future__ import annotations

import pytest

from readout_helpers import statement_venue

PUBLISHED = "2025-06-13"


@pytest.mark.parametrize("text, words, venue", [
    ("Foreign Minister Ana Ruiz told a news conference that Chile would expel two diplomats.",
     "expel two diplomats", "news conference"),
    ("Prime Minister Mark Olsen told his weekly briefing that Norway would raise its fishing quota.",
     "fishing quota", "weekly briefing"),
])
def test_a_press_event_told_is_the_venue(reader, text, words, venue):
    assert statement_venue(reader, text, words, PUBLISHED) == venue


@pytest.mark.parametrize("text, words, venue", [
    ("President Ana Ruiz used her address to the Lisbon Ocean Forum on Tuesday to accuse rich states of "
     "overfishing, telling delegates that the seas were \"running out of time.\"", "running out of time",
     "Lisbon Ocean Forum"),
    ("In a speech to German business leaders last week, President Paul Mercier said France would cut its "
     "tariffs on cars.", "cut its tariffs", "speech to German business leaders"),
    ("President Jean Koffi announced the reform in his New Year's Day address, saying it would bring Ghana "
     "and Togo closer.", "bring Ghana", "New Year's Day address"),
])
def test_a_speech_is_known_by_its_gathering_or_audience(reader, text, words, venue):
    assert statement_venue(reader, text, words, PUBLISHED) == venue
