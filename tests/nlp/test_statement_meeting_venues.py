"""Statement venues (session 24; sentences written for these tests): words said at a meeting or to a gathering are
placed there; a written statement lends its outlet to no words told in a later paragraph; of a day's meetings, one
at a town places the words before one named by a country."""

from __future__ import annotations

import pytest

from readout_helpers import statement_venue, statement_with

PUBLISHED = "2025-06-13"


@pytest.mark.parametrize("text, words, venue", [
    ("At an emergency council meeting on Thursday, Secretary-General Ana Ruiz said the fighting had to stop.",
     "had to stop", "emergency council meeting"),
    ("Speaking to a harvest rally in Cusco on Thursday, President Luis Arce said Bolivia would export more gas.",
     "export more gas", "Cusco (harvest rally)"),
])
def test_words_said_at_a_meeting_or_to_a_gathering_are_placed_there(reader, text, words, venue):
    assert statement_venue(reader, text, words, PUBLISHED) == venue


def test_a_written_statement_lends_no_venue_to_the_next_paragraph(reader):
    text = ("In a statement issued by the Elysee Palace on Thursday, President Emmanuel Macron said France would "
            "send more aid to Chad.\n\nMacron called the flooding in Chad a tragedy for the region on Thursday.")
    assert statement_with(reader, text, "tragedy", PUBLISHED).venue is None


def test_a_meeting_at_a_town_places_the_words_before_a_visit_to_the_country(reader):
    text = ("President Luis Arce began a visit to Peru on Thursday. Arce met President Dina Boluarte at Machu Picchu "
            "on Thursday. Arce said on Thursday that the two countries would build a railway.")
    assert "Machu Picchu" in (statement_with(reader, text, "railway", PUBLISHED).venue or "")
