"""Cited sources put on record by an act of speech, a pronoun owner, an apposed spokesperson or a medium,
on sentences written for these tests."""

from __future__ import annotations

import pytest


def _cited(reader, text):
    return reader.read(text, published="2025-03-01").article.cited_sources


@pytest.mark.parametrize("text, name", [
    # a condemnation or a reply by a body is its statement on record
    ("Peru's foreign ministry condemned the seizure of the trawler on Sunday.", "Peruvian Ministry of Foreign Affairs"),
    ("The Kenyan foreign ministry denounced the raid as a breach of its sovereignty.",
     "Kenyan Ministry of Foreign Affairs"),
    ("In Ottawa, the State Department condemned what it called reckless conduct by the crew.", "State Department"),
    ("The ECOWAS Commission responded in a statement that no letter had reached it.", "ECOWAS Commission"),
    # "described" names the act: with its "as" or the document it was made in
    ("Japan's foreign ministry described the exchange as frank in its account of the talks.",
     "Japanese Ministry of Foreign Affairs"),
])
def test_a_body_speaks_on_record_by_its_act(reader, text, name):
    assert any(name in c for c in _cited(reader, text))


@pytest.mark.parametrize("text, name", [
    ("Chile said two of its sailors were hurt. Its foreign ministry denounced the boarding as piracy.",
     "Chilean Ministry of Foreign Affairs"),
    ("Lula said the visit went well. A statement from his government described the talks as warm.",
     "Brazilian government"),
    # the pronoun takes up the subject, not the last state named
    ("Chile said a ship from Peru had rammed its trawler. Its foreign ministry condemned the ramming.",
     "Chilean Ministry of Foreign Affairs"),
])
def test_a_pronoun_owner_names_the_state(reader, text, name):
    assert name in _cited(reader, text)


@pytest.mark.parametrize("text, name", [
    ("The navy gave a different version. Its spokesperson, Gan Yu, said the trawler had rammed a patrol boat.",
     "Gan Yu (spokesperson)"),
    ("Its spokesman, Senior Colonel Shi Yi, called the exercise a stern warning.", "Shi Yi (spokesman)"),
])
def test_a_spokesperson_in_apposition_is_cited(reader, text, name):
    assert name in _cited(reader, text)


@pytest.mark.parametrize("text, name", [
    ("In opening remarks broadcast by Brazilian state television, Lula told Milei that the accords would stand.",
     "Brazilian state television"),
    ("Zelensky, speaking to Fox News hours later, said the quarrel hurt both sides.", "Fox News (Volodymyr Zelensky)"),
    ("Maduro, appearing on state television after the talks, said the sides had reached first agreements.",
     "state television (Nicolás Maduro)"),
    # the occasion is named without the speaker's own pronoun
    ("Lula struck a hopeful tone in his closing remarks, saying the accord would hold.",
     "Luiz Inácio Lula da Silva (closing remarks)"),
])
def test_the_medium_a_person_spoke_through_is_cited(reader, text, name):
    assert name in _cited(reader, text)


@pytest.mark.parametrize("text", [
    # a body's act that is no speech, and a naming verb with no "as" nor document
    "The foreign ministry recalled its ambassador on Sunday.",
    "The ministry described the route to the border.",
    # a pronoun owner with no state named before it stays unresolved, not guessed
    "Its foreign ministry recalled the envoy.",
])
def test_acts_that_are_no_statement_cite_nothing(reader, text):
    assert not any("Ministry" in c or "ministry" in c for c in _cited(reader, text))
