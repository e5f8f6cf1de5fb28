"""Venues a statement keeps (session 23; sentences written for these tests): a gathering named with no place
("at a business forum") and a statement given on video ("in a video statement"), which was spoken, not only
written."""

from __future__ import annotations

import pytest

from readout_helpers import statement_venue

PUBLISHED = "2025-06-13"


@pytest.mark.parametrize("text, words, venue", [
    ("At a business forum on Tuesday, President Lula said Brazil would open talks with Mexico on trade.",
     "open talks", "business forum"),
    ("Prime Minister Viktor Orban said in a video statement that Hungary would veto the sanctions.",
     "veto the sanctions", "video statement"),
    ("President Volodymyr Zelensky said in a televised statement that Ukraine was ready for talks.",
     "ready for talks", "televised statement"),
])
def test_a_spoken_venue_is_kept(reader, text, words, venue):
    assert statement_venue(reader, text, words, PUBLISHED) == venue


@pytest.mark.parametrize("text, words, venue", [
    ("President Lula met President Gabriel Boric in Santiago on Tuesday. At a ceremony after the talks, Lula "
     "said the two countries would build a railway across the Andes.", "build a railway", "Santiago (ceremony)"),
    ("Prime Minister Narendra Modi met President Joko Widodo in Jakarta on Tuesday. At a dinner hosted by "
     "Widodo, Modi said India would buy more palm oil.", "palm oil", "Jakarta (dinner)"),
])
def test_a_gathering_on_a_meeting_day_is_placed_in_its_city(reader, text, words, venue):
    assert statement_venue(reader, text, words, PUBLISHED) == venue
