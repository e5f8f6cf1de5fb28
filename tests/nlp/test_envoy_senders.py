"""An envoy named with his office serves the state owning his title, never the state of his post
(detente.nlp.envoy_senders); missions are their owner's, an international body's mission is that body's
(detente.nlp.unnamed_envoys). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _actors(reader, text, published="2025-02-11"):
    return {a.name: a for a in reader.read(text, published=published).actors}


@pytest.mark.parametrize("text, name, country", [
    ("Lima summoned Bolivia's consul and recalled its ambassador in La Paz, Jorge Ramirez, for talks.",
     "Jorge Ramirez", "PER"),
    ("Rabat summoned Spain's charge d'affaires and on Friday recalled its ambassador in Madrid, Ahmed Benali.",
     "Ahmed Benali", "MAR"),
    ("Minister Jan Olsen said Ambassador Tarek Mansouri and two other Algerian officials must leave Norway.",
     "Tarek Mansouri", "DZA"),
])
def test_an_envoy_is_of_the_state_owning_his_title(reader, text, name, country):
    assert _actors(reader, text)[name].country == country


@pytest.mark.parametrize("text, name, country, sector", [
    ("Chile said the vote was unfair. Its mission to the United Nations said it would appeal.",
     "Chilean mission to the United Nations", "CHL", "GOV"),
    ("Ghana asked for a session of the U.N. Security Council on Monday, its U.N. mission said.",
     "Ghanaian U.N. mission", "GHA", "GOV"),
    ("The engineers were working with the U.N. mission in Mali when the convoy was hit.",
     "U.N. mission in Mali", "UNO", "IGO"),
])
def test_a_mission_is_its_owners(reader, text, name, country, sector):
    mission = _actors(reader, text)[name]
    assert (mission.country, mission.sector) == (country, sector)
