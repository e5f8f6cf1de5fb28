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


@pytest.mark.parametrize("text, expected", [
    # a pronoun speaking through a channel is the person who spoke before
    ('Benjamin Netanyahu insisted that Israel would act. "We will respond with force," he declared in a '
     'televised address.', "Benjamin Netanyahu (televised address)"),
    # the medium that carried the text cited
    ("The ceasefire terms took effect at noon, according to the text published by Egyptian state media.",
     "Egyptian state media"),
    # a body named before, taken up by its head noun
    ("Pakistan's National Security Committee met on Thursday. The committee warned that any diversion of the "
     "river would be resisted.", "National Security Committee"),
    # the rally a person addressed
    ("Addressing a rally in Lahore, Prime Minister Shehbaz Sharif vowed to defend the river.",
     "Shehbaz Sharif (rally)"),
    # a joint statement is known by all who issued it, or by the two sides of the news
    ("In a joint statement, Prime Minister Mark Carney and President Emmanuel Macron pledged to coordinate aid.",
     "Carney-Macron joint statement"),
    ("Kenya and Somalia agreed on Monday to reopen their border. According to a joint statement, the crossing "
     "will open next week.", "Kenya-Somalia joint statement"),
    # a warning by a body is a statement on record
    ("Japan's defense ministry warned that the drills were dangerous.", "Japanese Ministry of Defense"),
])
def test_sources_on_record_s9(reader, text, expected):
    found = reader.read(text, published="2025-03-01").article.cited_sources
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # a piece written for an outlet cites the outlet, with its author
    ("In an article for the daily Kathimerini, Mitsotakis wrote that the sea had to stay "
     "open.", "Kathimerini (Kyriakos Mitsotakis)"),
    # the office of a head of state, named by a plain noun, is a source on record
    ("Six accords were signed, according to the Croatian presidency.", "Croatian presidency"),
    # a joint statement is known by its issuers' family names, written first in Chinese names
    ("In a joint statement, Li Qiang and Anthony Albanese pledged to keep trading.", "Li-Albanese joint statement"),
])
def test_written_pieces_and_joint_statements(reader, text, expected):
    assert expected in reader.read(text, published="2025-03-01").article.cited_sources


@pytest.mark.parametrize("text, expected", [
    # a name set beside the subject's title speaks through the title's verb
    ("China's trade negotiator, Li Chenggang, told a news briefing that the truce would be extended.",
     "Li Chenggang (news briefing)"),
])
def test_a_name_apposed_to_the_subject_is_on_record(reader, text, expected):
    assert expected in reader.read(text, published="2025-07-30").article.cited_sources
