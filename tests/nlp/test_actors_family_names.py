"""Short names (detente.nlp.actors._remember): a family name written first ("Kim Yo Jong" is "Kim") and a later
namesake who is a clause's subject takes the short name over. Sentences written for these tests."""

from __future__ import annotations

import pytest


def test_short_name_is_the_subject_named_last(reader):
    text = ("North Korea will not talk to Seoul, Kim Jong Un's sister Kim Yo Jong said on Tuesday. "
            "\"We have nothing to discuss,\" Kim said in a statement.")
    statements = reader.read(text, published="2024-03-26").statements
    quoted = [s for s in statements if s.quote.startswith("We have nothing")]
    assert quoted and quoted[0].speaker.name == "Kim Yo Jong"


def test_a_possessor_does_not_take_the_short_name(reader):
    text = ("Chinese leader Xi Jinping met Vietnam's leader in Hanoi on Friday. Xi Mingze's school was not "
            "discussed. Xi said the two parties would deepen ties.")
    statements = reader.read(text, published="2024-03-26").statements
    assert all(s.speaker.name == "Xi Jinping" for s in statements if s.quote.startswith("the two parties"))


@pytest.mark.parametrize("text, speaker", [
    ("Prime Minister Andrej Plenković met the Slovenian premier on Monday. Later Plenkovic said the "
     "pipeline deal would be signed next month.", "Andrej Plenković"),
    # letters that carry no combining mark ("ø", "æ", "ł") fold too
    ("Danish Foreign Minister Lars Løkke Rasmussen met Norwegian envoy Kari Bjørnstad on Monday. Later "
     "Bjornstad said the pipeline deal would be signed next month.", "Kari Bjørnstad"),
])
def test_a_family_name_written_without_its_diacritics_is_the_same_person(reader, text, speaker):
    statements = reader.read(text, published="2024-03-26").statements
    found = [s.speaker.name for s in statements if "pipeline deal" in s.quote]
    assert found == [speaker]


def test_a_namesake_in_a_reported_clause_does_not_take_the_short_name(reader):
    text = ("Senator Thomas Whitfield toured the shipyard on Monday. His office announced that Laura Whitfield "
            "would open a school there. Whitfield said the yard would get new orders.")
    statements = reader.read(text, published="2024-03-26").statements
    found = [s.speaker.name for s in statements if "new orders" in s.quote]
    assert found == ["Thomas Whitfield"]


@pytest.mark.parametrize("text, words, speaker", [
    # the first holder of the name was a clause's subject: a namesake subject later does not take it over
    ("President Javier Milei met the Chilean president in Santiago on Monday. His sister Karina Milei toured "
     "the port with the mayor.\n\nOn Tuesday, Milei said the two countries would build a new pass.",
     "new pass", "Javier Milei"),
    ("Prime Minister Anthony Albanese arrived in Jakarta on Sunday. His partner Jodie Haydon Albanese visited a "
     "school. Albanese said the talks had gone well.", "gone well", "Anthony Albanese"),
])
def test_a_subject_keeps_the_short_name_from_a_later_namesake(reader, text, words, speaker):
    statements = reader.read(text, published="2024-03-26").statements
    found = [s.speaker.name for s in statements if words in s.quote]
    assert found == [speaker], [(s.quote, s.speaker) for s in statements]
