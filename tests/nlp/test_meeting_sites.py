"""Where words said at a meeting were said (session 18; sentences written for these tests): the named site the
article puts the meeting at, the place a pact was signed by the one who speaks, a speaker seated somewhere,
and the paragraph after a statement going on with the same words."""

from __future__ import annotations

import pytest

from readout_helpers import statement_venue

from detente.nlp.meeting_sites import with_site

PUBLISHED = "2025-03-12"


def _venue(reader, text, words):
    return statement_venue(reader, text, words, PUBLISHED)


@pytest.mark.parametrize("site,city,expected", [
    ("Oval Office", "Washington", "Oval Office, Washington"),
    ("Kremlin", "Kremlin", "Kremlin"),
    (None, "Lima", "Lima"),
])
def test_a_site_is_written_with_its_city(site, city, expected):
    assert with_site(site, city) == expected


@pytest.mark.parametrize("text,words,site", [
    # the opening sentences put the meeting in a named room; words said later that day are said there
    ("Prime Minister Mark Carney held talks with President Donald Trump in Washington on Tuesday. Carney told "
     "Trump in the Oval Office that Canada would never join the United States.\n\n"
     "Trump said the tariffs would stay in place for now.", "tariffs would stay", "Oval Office, Washington"),
    # the site is told in the sentence after the meeting's: "the two men met at X"
    ("Armenian Prime Minister Nikol Pashinyan held talks with Turkish President Recep Tayyip Erdogan in Istanbul "
     "on Tuesday. The two men met at the Dolmabahce presidential office. Erdogan said Turkey would back the "
     "peace effort.", "would back the peace effort", "Dolmabahce presidential office, Istanbul"),
])
def test_words_at_a_meeting_are_placed_at_its_named_site(reader, text, words, site):
    assert _venue(reader, text, words) == site


@pytest.mark.parametrize("text,words,place", [
    ("Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a partnership treaty in "
     "the Kremlin on Tuesday. Putin said the treaty would open a new chapter.", "open a new chapter", "Kremlin"),
])
def test_a_signer_speaking_that_day_speaks_where_the_pact_was_signed(reader, text, words, place):
    assert _venue(reader, text, words) == place


@pytest.mark.parametrize("text,words,venue", [
    ("Seated beside his guest in the Oval Office, Trump told reporters that the visit had gone well.",
     "visit had gone well", "Oval Office"),
])
def test_a_speaker_seated_somewhere_speaks_there(reader, text, words, venue):
    assert _venue(reader, text, words) == venue


def test_the_next_paragraph_goes_on_with_the_same_words_at_the_same_place(reader):
    text = ("North Korean leader Kim Jong Un told a visiting Russian envoy in Pyongyang on Tuesday that his "
            "country would stand by Moscow.\n\n"
            "According to state media, Kim said the two countries would keep their treaty.")
    assert _venue(reader, text, "keep their treaty") == "Pyongyang"
