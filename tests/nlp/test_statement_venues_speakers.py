"""Where, when and by whom a statement was said (session 17; sentences written for these tests): a
broadcaster that relayed spoken remarks is no venue, nor is "in a statement" (only the outlet that carried
it); unnamed officials described by their state are the
speaker as written; an undated statement is not dated by a background act the article tells further on."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-13"


def _statements(reader, text):
    return reader.read(text, published=PUBLISHED).statements


@pytest.mark.parametrize("text, words", [
    ("In opening remarks broadcast by Estonian state television, President Alar Karis said the border would "
     "stay open.", "the border would stay open"),
    ("In a speech aired by public radio, Prime Minister Ana Ruiz said the embassy would reopen.",
     "the embassy would reopen"),
])
def test_a_broadcaster_of_spoken_remarks_is_no_venue(reader, text, words):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and all(s.venue is None or " by " not in s.venue for s in found), \
        [(s.quote, s.venue) for s in found]


@pytest.mark.parametrize("text, words, outlet", [
    ("\"We will not negotiate under pressure,\" the minister said in a statement carried by Tanjug.",
     "negotiate", "Tanjug"),
    ("In a joint statement read on Chadian state television by Colonel Ali Mahamat, a spokesman for the junta, "
     "the three governments said they would leave the bloc.", "leave the bloc", "Chadian state television"),
])
def test_a_statement_is_placed_by_the_outlet_that_carried_it(reader, text, words, outlet):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue == outlet, [(s.quote, s.venue) for s in found]


@pytest.mark.parametrize("text, words", [
    ("The Kenyan foreign ministry said in a statement that the envoy had been summoned.", "envoy"),
    ("The coast guard, in a statement from spokesman Liu Wen, said it had driven the boats away.", "boats away"),
    ("In a joint statement, the two presidents pledged to keep the border open.", "border open"),
])
def test_a_statement_alone_is_no_venue(reader, text, words):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue is None, [(s.quote, s.venue) for s in found]


@pytest.mark.parametrize("text, words, speaker", [
    ("Chilean officials said the fishing fleet had stayed inside national waters.", "fishing fleet",
     "Chilean officials"),
    ("A senior Kenyan official told reporters that the talks had made real progress.", "real progress",
     "senior Kenyan official"),
])
def test_officials_described_by_their_state_are_the_speaker(reader, text, words, speaker):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].speaker is not None and found[0].speaker.name == speaker, \
        [(s.quote, s.speaker) for s in found]
    assert found[0].speaker.country is not None  # still the state's people


def test_a_background_act_told_later_does_not_date_the_words(reader):
    text = ("Chile became the ninth member of the Pacific fisheries compact on Thursday, ending a decade of "
            "talks.\n\n"
            "\"This is a good day for both our peoples,\" the Chilean foreign minister said.\n\n"
            "The bid had stalled until President Gabriel Boric travelled to Lima on March 3 for talks with "
            "President Dina Boluarte.")
    found = [s for s in _statements(reader, text) if "good day" in s.quote]
    assert found and found[0].date is not None and found[0].date.value == "2025-06-12", \
        [(s.quote, s.date) for s in found]


@pytest.mark.parametrize("text, words, outlet", [
    ("Foreign Minister Radosław Sikorski told the Polsat television channel on Sunday that Warsaw would respond.",
     "Warsaw would respond", "Polsat television channel"),
    ("Speaking to CNN hours later, President Gabriel Boric said the talks had been useful.", "had been useful",
     "CNN"),
    ("President Emmanuel Macron told the newspaper Ouest-France that Paris would stay firm.", "stay firm",
     "Ouest"),
])
def test_words_told_to_a_news_outlet_are_its_interview(reader, text, words, outlet):
    found = [s for s in _statements(reader, text) if words in s.quote]
    assert found and found[0].venue and outlet in found[0].venue, [(s.quote, s.venue) for s in found]
