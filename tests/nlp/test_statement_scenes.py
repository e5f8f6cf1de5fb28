"""Statement venues from the scene (session 25; sentences written for these tests): words with no place of
their own, said by one who takes part in the last scene the paragraph or the lead sets, were said there; a
scene the words are about, a scene of another day, or one the speaker is not in places nothing; a meeting
placed by its country takes the dateline's town in it, and a room the parties were "in" comes before the
compound they were "at"."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

PUBLISHED = "2025-06-13"


@pytest.mark.parametrize("text, words, venue", [
    ("President Luis Arce hosted Peruvian President Dina Boluarte for dinner in the Quemado Palace on Thursday."
     "\n\nArce told reporters afterwards that the two countries would build a railway.", "railway", "Quemado Palace"),
    ("Meeting in Lisbon on Thursday, the Bolivian delegation agreed on a gas price with Portugal. Bolivian "
     "Foreign Minister Celinda Sosa called the price fair.", "fair", "Lisbon"),
])
def test_words_of_one_in_the_scene_are_placed_there(reader, text, words, venue):
    assert venue in (statement_with(reader, text, words, PUBLISHED).venue or "")


@pytest.mark.parametrize("text, words", [
    # the scene is the act the words are about, not where they were said
    ("Bolivian troops seized a boat in the Pacific on Thursday, killing two men whom President Luis Arce called "
     "\"smugglers\".", "smugglers"),
    # the speaker is not in the scene
    ("President Luis Arce met President Dina Boluarte in Lima on Thursday. Chilean President Gabriel Boric said "
     "the meeting changed nothing.", "changed nothing"),
    # the words are told of another day than the scene
    ("President Luis Arce met President Dina Boluarte in Lima on Thursday. Arce said on Monday that the two "
     "countries would build a railway.", "railway"),
    # a scene still to come
    ("President Luis Arce will meet President Dina Boluarte in Lima next week. Arce said the two countries "
     "would build a railway.", "railway"),
])
def test_no_scene_places_these_words(reader, text, words):
    assert statement_with(reader, text, words, PUBLISHED).venue in (None, "")


def test_a_visit_to_a_country_is_placed_at_the_datelines_town(reader):
    text = ("LA PAZ — Peruvian President Dina Boluarte visited Bolivia on Thursday. Boluarte told reporters that "
            "the two countries would build a railway.")
    assert statement_with(reader, text, "railway", PUBLISHED).venue == "La Paz"


def test_a_room_the_parties_were_in_places_the_words_before_the_compound_they_were_at(reader):
    text = ("President Luis Arce met President Dina Boluarte at the Quemado Palace on Thursday. The two leaders "
            "signed the railway treaty in the Red Room. Arce called the treaty historic.")
    assert "Red Room" in (statement_with(reader, text, "historic", PUBLISHED).venue or "")
