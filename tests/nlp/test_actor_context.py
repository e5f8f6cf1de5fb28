"""Actors read from the words around them: counterparts, delegations, the body a title names, a pronoun's office."""

from __future__ import annotations

import pytest


def _actors(reader, text, published="2025-03-12"):
    return {a.name: a for a in reader.read(text, published=published).actors}


def test_a_counterpart_set_by_position_when_the_parser_misses_the_apposition(reader):
    """A hand-built parse where the name hangs on the verb (npadvmod), as the model does on some sentences."""
    from spacy.tokens import Doc
    from detente.nlp.actors import _title_appositive
    words = ["He", "met", "his", "Thai", "counterpart", ",", "Anan", "Chai", ",", "in", "Bangkok", "."]
    heads = [1, 1, 4, 4, 1, 1, 7, 1, 1, 1, 9, 1]
    deps = ["nsubj", "ROOT", "poss", "amod", "dobj", "punct", "compound", "npadvmod", "punct", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "PRON", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT"]
    doc = Doc(reader.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    title = _title_appositive(doc, doc[6:8])
    assert title is not None and title.text == "his Thai counterpart"
    assert _title_appositive(doc, doc[10:11]) is None   # a place after "in" stands beside no title


@pytest.mark.parametrize("text, name, role", [
    ("Brazil's Director General of Customs, Joao Ferreira, called his Argentine counterpart, Martin Gomez, "
     "on Monday.", "Martin Gomez", "Director General of Customs"),
    ("On the same day in Hanoi, Lan Pham, the Vietnamese trade ministry\u2019s senior Europe official, "
     "held talks with his Thai counterpart, Somchai Wongsakul, to ease the quarrel.",
     "Somchai Wongsakul", "senior Europe official"),
])
def test_a_counterpart_holds_the_same_office_without_its_owner(reader, text, name, role):
    assert _actors(reader, text)[name].role == role


def test_a_civilian_director_general_is_not_military(reader):
    text = "Brazil's Director General of Customs, Joao Ferreira, called his Argentine counterpart, Martin Gomez."
    assert _actors(reader, text)["Joao Ferreira"].sector == "GOV"


def test_a_body_named_in_the_title_gives_the_sector(reader):
    actor = _actors(reader, "Pentagon spokesman Jack Dorne said the drills would go ahead.")["Jack Dorne"]
    assert (actor.country, actor.sector, actor.role) == ("USA", "MIL", "Pentagon spokesman")


@pytest.mark.parametrize("text, name", [
    ("The Chilean delegation was led by Maria Castillo, an adviser to the president.", "Maria Castillo"),
    ("Talks resumed in Geneva, and Tomas Varga headed the Hungarian delegation.", "Tomas Varga"),
    ("The Peruvian team was led by Maria Castillo, an adviser to the president; Ecuador sent "
     "Deputy Minister Luis Bravo.", "Luis Bravo"),
])
def test_the_head_of_a_delegation(reader, text, name):
    assert "head of delegation" in (_actors(reader, text)[name].role or "")


def test_a_later_title_completes_an_unknown_person(reader):
    text = "Talks were attended by aide Ivan Petrovsky. Later, Kremlin aide Petrovsky told reporters the date was not set."
    assert _actors(reader, text)["Ivan Petrovsky"].country == "RUS"


@pytest.mark.parametrize("text, office, country", [
    ("South Korea has not decided whether President Lee Jae-myung will go. His office said no decision had been made.",
     "South Korean Presidential Office", "KOR"),  # a body the KB knows
    ("Colombia has not decided whether President Gustavo Petro will attend. His office said the schedule was open.",
     "Colombia's presidential office", "COL"),     # one it does not
])
def test_his_office_is_the_leaders_office(reader, text, office, country):
    readout = reader.read(text, published="2025-06-21")
    assert office in readout.article.cited_sources
    assert any(s.speaker.name == office and s.speaker.country == country for s in readout.statements)


@pytest.mark.parametrize("published, name, offices", [
    ("2024-08-28", "Wang Yi", ["Director of the Office of the Central Foreign Affairs Commission",
                               "Minister of Foreign Affairs"]),
    ("2022-06-01", "Wang Yi", ["Minister of Foreign Affairs"]),   # the State Councilor title is secondary
])
def test_concurrent_offices_in_the_order_taken_up(reader, published, name, offices):
    actor = _actors(reader, f"{name} met the visiting delegation.", published)[name]
    assert actor.role == "; ".join(offices)


@pytest.mark.parametrize("text, name, country", [
    ("A sailor was hurt in the clash, according to the Armed Forces of the Philippines. Gen. Ramon Dizon, "
     "the armed forces chief, likened the crews to pirates.", "Ramon Dizon", "PHL"),
    ("The Philippine Coast Guard filed a protest. Jay Tarriela, the coast guard spokesman, said the boats left.",
     "Jay Tarriela", "PHL"),
])
def test_a_body_named_before_places_its_officer(reader, text, name, country):
    assert _actors(reader, text)[name].country == country
