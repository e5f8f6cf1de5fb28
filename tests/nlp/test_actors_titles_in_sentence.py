"""Actors: a country is read before a title only within its sentence, a commissioner is a role
noun ("Kenya's High Commissioner, NAME"), a given name the tagger left out after a comma is taken back, and
a police title gives the police sector.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _actor(reader, text, name, published="2024-09-02"):
    actors = reader.read(text, published=published).actors
    found = next((a for a in actors if a.name == name), None)
    assert found is not None, [a.name for a in actors]
    return found


@pytest.mark.parametrize("text,name", [
    ("The two delegations gathered on Tuesday in Seoul. Foreign Minister Ana Delgado Ruiz said the talks had "
     "gone well.", "Ana Delgado Ruiz"),
    ("Trade envoys spent the weekend in Tokyo. Defence Minister Piotr Malecki later called the visit useful.",
     "Piotr Malecki"),
])
def test_a_capital_ending_the_sentence_before_owns_no_title(reader, text, name):
    assert _actor(reader, text, name).country not in {"KOR", "JPN"}


@pytest.mark.parametrize("text,name,country", [
    ("Kenya's High Commissioner, Peter Otieno Mwangi, said on Monday the talks had failed.", "Peter Otieno Mwangi",
     "KEN"),
    ("Nigeria's deputy high commissioner, Grace Adaeze Okafor, was told to leave within a week.",
     "Grace Adaeze Okafor", "NGA"),
])
def test_a_commissioner_takes_the_country_before_the_title(reader, text, name, country):
    actor = _actor(reader, text, name)
    assert actor.country == country and "ommissioner" in (actor.role or "")


@pytest.mark.parametrize("text,name", [
    ("Delhi expelled Canada's Deputy High Commissioner, Amit Kumar Verma, and three aides.", "Amit Kumar Verma"),
    ("Kuala Lumpur summoned Singapore's High Commissioner, Deepak Kumar Menon, over the remarks.",
     "Deepak Kumar Menon"),
])
def test_a_given_name_after_a_comma_belongs_to_the_person(reader, text, name):
    _actor(reader, text, name)


@pytest.mark.parametrize("text", [
    "The bill passed on Friday, Governor Dana Whitfield said, after a long night in the statehouse.",
    "The vote was close, Republican Dana Whitfield said on Friday.",  # a guard: NER keeps the party word out here
])
def test_a_title_or_party_word_after_a_comma_is_no_given_name(reader, text):
    names = [a.name for a in reader.read(text, published="2024-10-15").actors]
    assert not any(n.startswith(("Governor ", "Republican ")) for n in names), names


@pytest.mark.parametrize("text,name", [
    ("National Police Commissioner Rafael Ortega Vidal said his officers had arrested two suspects.",
     "Rafael Ortega Vidal"),
    ("Federal Police Chief Anna Kowalczyk told reporters the border crossing would reopen.", "Anna Kowalczyk"),
])
def test_a_police_title_gives_the_police_sector(reader, text, name):
    assert _actor(reader, text, name).sector == "COP"
