"""Office holders of 2024-2025 relations news beyond the core offices (people/offices_2024_2025.yaml).

Trade and economy ministers, national security advisers, spokespeople, intelligence chiefs and heads of
international bodies: news names them in talks, tariffs and statements, and the readout needs their state,
sector and office on the day, including handovers inside the period.
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize("office, country, on, name", [
    ("trade_minister", "USA", date(2024, 6, 1), "Gina Raimondo"),
    ("trade_minister", "USA", date(2025, 6, 1), "Howard Lutnick"),
    ("trade_minister", "CHN", date(2025, 6, 1), "Wang Wentao"),
    ("trade_minister", "GBR", date(2024, 9, 1), "Jonathan Reynolds"),
    ("trade_minister", "GBR", date(2025, 10, 1), "Peter Kyle"),
    ("trade_minister", "JPN", date(2025, 3, 1), "Yoji Muto"),
    ("trade_minister", "IND", date(2025, 3, 1), "Piyush Goyal"),
    ("trade_minister", "DEU", date(2024, 3, 1), "Robert Habeck"),
    ("trade_minister", "MEX", date(2025, 3, 1), "Marcelo Ebrard"),
    ("trade_representative", "CHN", date(2025, 6, 1), "Li Chenggang"),
    ("finance_minister", "DEU", date(2025, 1, 15), "Jörg Kukies"),
    ("finance_minister", "CAN", date(2025, 6, 1), "François-Philippe Champagne"),
    ("national_security_advisor", "GBR", date(2025, 3, 1), "Jonathan Powell"),
    ("national_security_advisor", "KOR", date(2024, 12, 10), "Shin Won-sik"),
    ("foreign_ministry_spokesperson", "USA", date(2024, 6, 1), "Matthew Miller"),
    ("foreign_ministry_spokesperson", "IRN", date(2025, 6, 1), "Esmaeil Baghaei"),
    ("presidential_press_secretary", "USA", date(2024, 6, 1), "Karine Jean-Pierre"),
    ("head_of_state", "PAN", date(2025, 1, 1), "José Raúl Mulino"),
    ("head_of_state", "GEO", date(2025, 1, 1), "Mikheil Kavelashvili"),
    ("head_of_government", "GRL", date(2025, 1, 1), "Múte B. Egede"),
    ("head_of_government", "GRL", date(2025, 5, 1), "Jens-Frederik Nielsen"),
    ("head_of_government", "MLI", date(2025, 1, 1), "Abdoulaye Maïga"),
])
def test_the_office_holder_on_the_day(kb, office, country, on, name):
    holder = kb.office_holder(office, country, on)
    assert holder is not None and holder.name == name


@pytest.mark.parametrize("title, country, office", [
    ("Commerce Minister", "CHN", "trade_minister"),
    ("Secretary of Commerce", "USA", "trade_minister"),
    ("Business and Trade Secretary", "GBR", "trade_minister"),
    ("State Department spokesperson", "USA", "foreign_ministry_spokesperson"),
    ("Treasurer", "AUS", "finance_minister"),
])
def test_a_title_names_the_office(kb, title, country, office):
    assert kb.office_key(title, country) == office


@pytest.mark.parametrize("name, on, country, sector", [
    ("John Ratcliffe", date(2025, 3, 1), "USA", "SPY"),      # intelligence chiefs
    ("Tulsi Gabbard", date(2025, 3, 1), "USA", "SPY"),
    ("Kemi Badenoch", date(2025, 3, 1), "GBR", "OPP"),       # leader of the opposition
    ("Kemi Badenoch", date(2024, 3, 1), "GBR", "GOV"),
    ("Zhang Xiaogang", date(2025, 3, 1), "CHN", "MIL"),      # defence ministry spokesman
    ("Karim Khan", date(2025, 3, 1), None, "JUD"),       # posts in international bodies: no state
    ("Kao Kim Hourn", date(2025, 3, 1), None, "IGO"),
])
def test_country_and_sector_on_the_day(kb, name, on, country, sector):
    found = kb.candidates(name, on)[0]
    assert (found.actor.country, found.role.sector) == (country, sector)


def test_a_former_holder_has_no_role_after_the_handover(kb):
    found = kb.candidates("Gina Raimondo", date(2025, 6, 1))[0]
    assert found.actor.country == "USA" and (found.role is None or found.role.end is not None)


@pytest.mark.parametrize("name, on, country, sector", [
    ("Daniel Ortega", date(2024, 8, 1), "NIC", "GOV"),       # heads of state of smaller states
    ("Emomali Rahmon", date(2024, 11, 1), "TJK", "GOV"),
    ("Sadyr Japarov", date(2024, 11, 1), "KGZ", "GOV"),
    ("Jotham Napat", date(2025, 5, 1), "VUT", "GOV"),
    ("Jigme Khesar Namgyel Wangchuck", date(2024, 3, 1), "BTN", "GOV"),
    ("María Corina Machado", date(2024, 8, 1), "VEN", "OPP"),   # opposition leaders
    ("Sviatlana Tsikhanouskaya", date(2025, 6, 1), "BLR", "OPP"),
    ("Moussa Faki Mahamat", date(2024, 1, 20), None, "IGO"),
])
def test_heads_and_leaders_of_smaller_states_on_the_day(kb, name, on, country, sector):
    found = kb.candidates(name, on)[0]
    assert (found.actor.country if found.role.country is not None else None, found.role.sector) == (country, sector)


@pytest.mark.parametrize("name, on, country", [
    ("Kevin McCarthy", date(2024, 4, 1), "USA"),
    ("Juan Orlando Hernández", date(2024, 9, 1), "HND"),
    ("Pedro Castillo", date(2024, 9, 1), "PER"),
])
def test_a_former_head_is_known_with_no_role_on_the_day(kb, name, on, country):
    found = kb.candidates(name, on)[0]
    assert found.actor.country == country and (found.role is None or found.role.end is not None)


def test_the_pope_is_called_by_his_regnal_name_alone(kb):
    assert kb.candidates("Leo", date(2025, 6, 10))[0].actor.id == "person:pope-leo-xiv"
