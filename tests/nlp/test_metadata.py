"""Cited sources, on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Border talks stalled on Monday, according to Malaysian officials.", "Malaysian officials"),
    ("A Vietnamese readout said the two sides agreed to more joint patrols.", "Vietnamese readout"),
    ("Indonesian state media reported that the minister had arrived in Dili.", "Indonesian state media"),
    ("Kenya's foreign ministry said the envoy had been recalled.", "Kenyan Ministry of Foreign Affairs"),
    # armed forces and governments named by a plain noun
    ("The Peruvian army said on Sunday that two patrols had crossed the river at dawn.", "Peruvian army"),
    # a body that denies a fact states one
    ("Kenya's foreign ministry denied that the envoy had been recalled.", "Kenyan Ministry of Foreign Affairs"),
    # the terms of a document the article reports from
    ("Under the joint statement, both navies will hold a hotline drill every quarter.", "joint statement"),
])
def test_described_sources_are_cited(reader, text, expected):
    assert expected in reader.read(text, published="2025-03-01").article.cited_sources


@pytest.mark.parametrize("text, expected", [
    ("Penny Wong wrote on X that the meeting with her counterpart was productive.", "X (Penny Wong)"),
    ("Kaja Kallas confirmed the decision in a post on X.", "X (Kaja Kallas)"),
    ("Kaja Kallas told Estonian media that no decision had been taken.", "Estonian media (Kaja Kallas)"),
    ("Anthony Albanese told reporters in Canberra that the visit would go ahead.", "Anthony Albanese (to reporters)"),
    ("Speaking to reporters in Canberra, Anthony Albanese said the visit would go ahead.",
     "Anthony Albanese (to reporters)"),
    ("Foreign Ministry spokesman Lin Jian said China opposed the sale.", "Lin Jian (Foreign Ministry spokesman)"),
    # a written statement or letter is a channel on record
    ("Senator Jim Risch said in a statement that he would lift his hold on the sale.", "Jim Risch (statement)"),
    # a participle of saying further on speaks for the subject, wherever the parser hangs it
    ("President Javier Milei declined to let the two cargo ships dock, writing on X that the port was closed.",
     "X (Javier Milei)"),
])
def test_people_on_record_through_a_channel_are_cited(reader, text, expected):
    assert expected in reader.read(text, published="2025-03-01").article.cited_sources


@pytest.mark.parametrize("text", [
    "Penny Wong said the talks in Jakarta had been useful.",
    "The official added that no date had been set.",
    "Officials expect the two leaders to speak by phone in the spring.",
])
def test_speakers_and_bare_officials_are_not_cited_sources(reader, text):
    assert reader.read(text, published="2025-03-01").article.cited_sources == []


def test_saying_verb_parsed_as_reduced_relative_is_the_names_verb():
    """The parser sometimes hangs "Milei announced that ..." on the name as a relative clause and makes the
    name the subject of a later verb: the saying verb that takes a clause is still the name's own."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from detente.nlp.metadata import _speaking_verb
    words = ["Within", "days", "Milei", "announced", "that", "he", "quit", ",", "to", "rise", "."]
    heads = [9, 0, 9, 2, 6, 6, 3, 9, 9, 9, 9]
    deps = ["prep", "pobj", "nsubj", "acl", "mark", "nsubj", "ccomp", "punct", "aux", "ROOT", "punct"]
    lemmas = ["within", "day", "Milei", "announce", "that", "he", "quit", ",", "to", "rise", "."]
    pos = ["ADP", "NOUN", "PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT", "PART", "VERB", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    assert _speaking_verb(doc[2:3]).text == "announced"
