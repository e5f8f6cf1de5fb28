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


@pytest.mark.parametrize("text, name, country, sector", [
    ("The Chinese navy held drills near the island on Monday. Its spokesman, Senior Colonel Zhao Ming, "
     "called the drills a warning.", "Zhao Ming", "CHN", "MIL"),
    ("The Vietnam Coast Guard, in a statement from spokesman Tran Huu, said it had expelled the Chinese "
     "vessels.", "Tran Huu", "VNM", "MIL"),
])
def test_an_official_speaking_for_a_body_is_of_its_state(reader, text, name, country, sector):
    actor = _actors(reader, text)[name]
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text, name, country", [
    ("The senator, accompanied by Secretary of State Marco Rubio and Labor Secretary Ann Delaney, toured the "
     "plant.", "Ann Delaney", "USA"),
    ("A Russian team was headed by Sergei Lavrov and Pavel Orlov, an adviser to the head of the FSB security "
     "service.", "Pavel Orlov", "RUS"),
    ("According to Kenya's presidency, the delegation included Energy Minister Paul Otieno.", "Paul Otieno", "KEN"),
])
def test_a_titled_official_in_any_place_is_of_the_state_named_before(reader, text, name, country):
    assert _actors(reader, text)[name].country == country


def test_an_official_acted_upon_by_a_state_does_not_take_its_country(reader):
    """Guard: the one a state's ministry blames is usually the other side's."""
    text = "Canada's foreign ministry condemned the move and blamed Trade Minister Li Wen for the delay."
    assert _actors(reader, text)["Li Wen"].country != "CAN"


def test_a_state_written_after_the_name_is_the_holders(reader):
    text = "Friday's talks with Xi Jinping took place at a summit hosted by President Maria Lopez of Chile."
    assert _actors(reader, text)["Maria Lopez"].country == "CHL"


@pytest.mark.parametrize("text, name, country", [
    ("Lindiwe Dube, a spokeswoman for the Department of International Relations and Cooperation, said the "
     "talks would go on.", "Lindiwe Dube", "ZAF"),
    ("Omar Haddad, a spokesman at the Department of International Relations and Cooperation, said the envoy "
     "would stay.", "Omar Haddad", "ZAF"),
])
def test_a_title_naming_a_known_body_places_its_holder(reader, text, name, country):
    assert _actors(reader, text)[name].country == country


@pytest.mark.parametrize("text, name, country", [
    ("Chile \"will keep its markets open\" to buyers in Japan, presidency spokesman Tomas Reyes said.",
     "Tomas Reyes", "CHL"),
    ("Kenya is ready to send more police to Haiti, government spokesman Isaac Mwaura said on Monday.",
     "Isaac Mwaura", "KEN"),
])
def test_a_spokesman_speaks_for_the_subject_of_his_report(reader, text, name, country):
    assert _actors(reader, text)[name].country == country


def test_an_official_speaking_in_a_capital_is_of_its_state(reader):
    text = "In Warsaw the same day, the interior minister, Jan Kowalik, said border checks would be tightened."
    assert _actors(reader, text)["Jan Kowalik"].country == "POL"


@pytest.mark.parametrize("text, name, country", [
    # the owner is the subject named before; a title only one state's table lists does not place him
    ("Prime Minister Narendra Modi will visit Oslo in June, his press secretary Ravi Dhanwantari said.",
     "Ravi Dhanwantari", "IND"),
    ("President Emmanuel Macron hopes to sign the accord this year, his press secretary Luc Ferrandier told "
     "reporters.", "Luc Ferrandier", "FRA"),
])
def test_an_aide_owned_by_his_or_her_is_of_the_owners_state(reader, text, name, country):
    assert _actors(reader, text)[name].country == country


@pytest.mark.parametrize("text, name, country", [
    ("OSLO — Deputy Foreign Minister Ola Brekkestad said on Friday that the plan was premature.",
     "Ola Brekkestad", "NOR"),
    ("NAIROBI — The visit was delayed by a day, Interior Secretary Wanjiku Otieno told reporters.",
     "Wanjiku Otieno", "KEN"),
])
def test_an_official_with_no_state_in_a_story_filed_from_a_capital_is_that_states(reader, text, name, country):
    assert _actors(reader, text)[name].country == country


@pytest.mark.parametrize("text, name", [
    ("OSLO — The opposition leader Ola Brekkestad said on Friday that the plan was premature.", "Ola Brekkestad"),
    ("OSLO — The journalist Ola Brekkestad said on Friday that the plan was premature.", "Ola Brekkestad"),
])
def test_a_person_of_no_state_body_takes_no_country_from_the_dateline(reader, text, name):
    assert _actors(reader, text)[name].country is None


@pytest.mark.parametrize("text, name, country", [
    ("The Treasury placed Petro, first lady Carmen Ruedas, his son Ivan Petro and Interior Minister Ramon "
     "Velandia on its list.", "Ramon Velandia", "COL"),
    ("The Treasury placed Petro, first lady Carmen Ruedas, his son Ivan Petro and Interior Minister Ramon "
     "Velandia on its list.", "Carmen Ruedas", "COL"),
])
def test_an_official_listed_with_one_states_people_is_of_that_state(reader, text, name, country):
    assert _actors(reader, text)[name].country == country


def test_a_scene_opening_the_sentence_outweighs_the_sentence_before(reader):
    text = ("Taipei put its forces on alert. In Beijing, foreign ministry spokesman Liang Haowen said on "
            "Thursday that the drills would go on.")
    assert _actors(reader, text)["Liang Haowen"].country == "CHN"


def test_a_later_surname_is_not_placed_by_the_states_around_it(reader):
    text = ("Rubio said on Monday after talks with President Arturo Velasquez that the deal was done. "
            "Rubio had arrived from Panama. Velasquez wrote on X that the offer stood.")
    assert _actors(reader, text)["Arturo Velasquez"].country != "PAN"


@pytest.mark.parametrize("text, first, second", [
    ("President Arlo Benn of Guyana met President Nicolas Maduro of Venezuela in Kingstown on Monday. "
     "Benn and Maduro signed a pact on Tuesday.", "GUY", "VEN"),
    ("Prime Minister Tove Hallin of Norway spoke with President Emmanuel Macron of France on Monday. "
     "Macron and Hallin signed an accord in Oslo on Tuesday.", "FRA", "NOR"),
])
def test_a_surname_listed_with_another_states_leader_keeps_its_own_state(reader, text, first, second):
    signing = next(e for e in reader.read(text, published="2025-05-14").events if e.type == "AGREE")
    assert [a.country for a in signing.source] == [first] and [a.country for a in signing.target] == [second]
