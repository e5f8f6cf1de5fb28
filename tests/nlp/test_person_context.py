"""Countries read from the mentions around people and bodies the knowledge base lacks
(detente.nlp.person_context). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _actors(reader, text, published="2025-05-14"):
    return {a.name: a for a in reader.read(text, published=published).actors}


@pytest.mark.parametrize("text, name, country", [
    ("Xi Jinping's sister, Qi Qiaoling, was not at the banquet in Beijing.", "Qi Qiaoling", "CHN"),
    ("The envoy recalled the 1990s, when Vladimir Putin's cousin, Igor Putinov, ran a bank.", "Igor Putinov", "RUS"),
])
def test_a_kinsman_beside_his_relative_is_of_the_relatives_state(reader, text, name, country):
    actor = _actors(reader, text)[name]
    assert actor.country == country and actor.sector == "ELI"


@pytest.mark.parametrize("text, name, country", [
    ("Oslo reacted coolly. Deputy Foreign Minister Ola Brekkestad said on Friday that the plan was premature.",
     "Ola Brekkestad", "NOR"),
    ("After a cabinet meeting chaired by Prime Minister Narendra Modi, Commerce Secretary Rahul Vermani "
     "announced new duties on steel.", "Rahul Vermani", "IND"),
])
def test_a_titled_speaker_is_of_the_state_named_just_before(reader, text, name, country):
    assert _actors(reader, text)[name].country == country


def test_an_official_met_by_another_state_does_not_take_its_country(reader):
    text = "Secretary of State Marco Rubio met Foreign Minister Amina Dialloba in Washington on Monday."
    assert _actors(reader, text)["Amina Dialloba"].country != "USA"


def test_a_body_owned_by_its_is_the_owning_states(reader):
    text = "Islamabad answered on Friday after its Federal Security Board met for three hours."
    board = _actors(reader, text)["Federal Security Board"]
    assert (board.country, board.sector) == ("PAK", "GOV")


@pytest.mark.parametrize("text, name", [
    ("At a news conference in Oslo on Monday, Deputy Foreign Minister Ola Brekkestad said the text was ready.",
     "Ola Brekkestad"),
    ("Envoys from both sides met Oslo officials on Monday. Deputy Foreign Minister Ola Brekkestad later left.",
     "Ola Brekkestad"),
])
def test_a_place_or_an_object_before_an_official_gives_no_country(reader, text, name):
    assert _actors(reader, text)[name].country not in {"KOR", "NOR"}
