"""Antecedents of he/him/his (detente.nlp.antecedents.last_person_before): the subject of a governing clause
or of the previous sentence before the latest-named person. Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-01"


@pytest.mark.parametrize("text,country", [
    # previous sentence's subject, not its object
    ("Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Fumio Kishida in New Delhi on "
     "Monday. He promised to send a trade delegation to Tokyo next year.", "IND"),
    # the subject of the clause the pronoun's clause hangs from
    ("Brazilian President Lula met Argentine President Javier Milei in Brasilia on Friday, at a summit "
     "where he threatened to impose tariffs on Argentine steel.", "BRA"),
])
def test_pronoun_subject_takes_the_salient_person(reader, text, country):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type != "CONSULT" or e.mode is None]
    assert events and all(e.source and e.source[0].country == country for e in events)


def test_object_pronoun_is_not_its_verbs_subject(reader):
    text = ("German Chancellor Olaf Scholz called French President Emmanuel Macron on Tuesday and urged him "
            "to back the trade pact.")
    events = reader.read(text, published=PUBLISHED).events
    assert any(a.name == "Emmanuel Macron" for e in events for a in e.target)
    assert not any(a.name == "Olaf Scholz" for e in events for a in e.target)


def test_subject_it_is_the_governing_clauses_party(reader):
    text = ("Vietnam urged Australia to drop duties imposed on shrimp farmers accused of helping Thailand dodge "
            "quotas, saying it would take necessary measures to protect its exporters.")
    threats = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "THREATEN"]
    assert threats and [a.country for a in threats[0].source] == ["VNM"]


def test_possessive_their_is_the_nearest_party(reader):  # a guard: the rule above is for subjects only
    text = "Norway lifted the fishing limits imposed on Iceland and the Faroe Islands after their quota dispute."
    events = reader.read(text, published=PUBLISHED).events
    assert not any(a.country == "NOR" for e in events for a in e.target)
