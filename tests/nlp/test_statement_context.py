"""Statement fields read from the clause around a quote: who worded it, when and where, who echoed it."""

from __future__ import annotations

import pytest


def _statements(reader, text, published="2025-04-12"):
    return reader.read(text, published=published).statements


def _one(reader, text, words, published="2025-04-12"):
    return next(s for s in _statements(reader, text, published) if words in s.quote)


@pytest.mark.parametrize("text, words", [
    ("The coast guard said the fishing boats had entered the lagoon illegally.", "entered the lagoon"),
    ("The navy said the frigate had intruded into its waters.", "intruded"),
])
def test_an_accusation_of_unlawful_entry_is_hostile(reader, text, words):
    assert _one(reader, text, words).stance == "hostile"


def test_a_quote_inside_a_reported_agreement_is_the_reporters_wording(reader):
    text = ("The president announced the pause first, writing online that both parties had agreed to a "
            "\"TOTAL AND LASTING TRUCE\" after talks.")
    st = _one(reader, text, "TOTAL AND LASTING TRUCE")
    assert st.speaker.name == "president" and st.cue == "writing"


def test_a_when_clause_on_a_date_is_said_that_day(reader):
    text = ("The dispute started on March 3, when Rutte told lawmakers that the new levy was "
            "\"a direct threat to our farmers\" in the north.")
    assert _one(reader, text, "direct threat").date.value == "2025-03-03"


def test_a_side_that_seizes_on_the_phrase_emphasises_it(reader):
    text = ("Ishiba said the proposal would be a \"grave threat to regional order\" if adopted. "
            "Moscow has seized on that phrase ever since.")
    assert _one(reader, text, "grave threat").emphasized_by == "RUS"


def test_an_undated_statement_takes_the_days_news_not_an_earlier_paragraphs_background(reader):
    text = ("Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Canberra on Wednesday.\n\n"
            "The two had spoken by phone on Monday.\n\n"
            "Wong said the talks had been candid and useful.")
    assert _one(reader, text, "candid", "2025-04-11").date.value == "2025-04-09"


def test_a_venue_names_the_addressee_without_titles(reader):
    text = ("In a letter sent to Prime Minister Mark Carney on Friday, Spanish Prime Minister Pedro S\u00e1nchez "
            "called the plan \"unworkable\" and asked for changes.")
    assert _one(reader, text, "unworkable").venue == "letter to Mark Carney"


def test_a_second_that_clause_is_the_tellers_even_with_a_source(reader):
    text = ("Marles told Kim that Australia does not seek confrontation with Korea and is not pursuing new bases, "
            "but that it has vital interests in the Pacific and will firmly protect them, according to Conroy's "
            "statement.")
    st = _one(reader, text, "vital interests")
    assert st.speaker.name == "Richard Marles" and st.cue == "told"


def test_a_keynote_without_a_place_is_given_at_the_gathering(reader):
    text = ("The Munich Security Conference opened on Friday. In her keynote address on Saturday, Kaja Kallas "
            "argued that Europe must spend more on defence.")
    assert _one(reader, text, "spend more").venue == "keynote address, Munich Security Conference"


@pytest.mark.parametrize("text, words, stance", [
    ("Ramos wrote that the best path was a lasting peace treaty rather than a truce.", "peace treaty", "neutral"),
    ("Ramos said the two sides must choose talks instead of war.", "choose talks", "conciliatory"),
])
def test_an_option_set_aside_counts_the_other_way(reader, text, words, stance):
    assert _one(reader, text, words).stance == stance
