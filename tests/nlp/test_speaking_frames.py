"""Words said at a gathering placed by its town, and under a speaking frame told just before them (session 22;
sentences written for these tests)."""

from __future__ import annotations

import pytest

from readout_helpers import statement_venue

PUBLISHED = "2025-03-14"


def _venue(reader, text, words):
    return statement_venue(reader, text, words, PUBLISHED)


@pytest.mark.parametrize("text,words,venue", [
    # a gathering held in a town: the town first, with what was held there
    ("Speaking at a public event in Puebla, Sheinbaum said the country would not bow to pressure.",
     "would not bow", "Puebla (public event)"),
    # a town the tagger does not read as a place, known to the gazetteer
    ("Speaking at a ceremony in Texcoco, Sheinbaum said Mexico would keep its maize policy.",
     "maize policy", "Texcoco (ceremony)"),
    # the frame's sentence reports no words; the next sentence's are said under it
    ("Speaking at a rally in Lyon, Macron gave his own account of the talks. He said France would stand firm.",
     "stand firm", "Lyon (rally)"),
])
def test_words_under_a_speaking_frame_are_placed_at_its_gathering(reader, text, words, venue):
    assert _venue(reader, text, words) == venue


def test_a_frame_of_another_speaker_places_nothing(reader):
    text = ("Speaking at a rally in Lyon, Macron gave his own account of the talks. German Chancellor Friedrich "
            "Merz said Germany would stand firm.")
    assert _venue(reader, text, "stand firm") is None
