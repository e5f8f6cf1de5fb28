"""Knowledge-base additions: ministries written several ways, office titles, officials with their posts."""

from __future__ import annotations

from datetime import date

import pytest

from detente.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize("forms", [
    ["Pakistan Foreign Office", "Pakistan's foreign ministry", "Pakistani Ministry of Foreign Affairs"],
    ["Egyptian foreign ministry", "Egypt's Ministry of Foreign Affairs", "Egyptian Ministry of Foreign Affairs"],
    ["India's Ministry of External Affairs", "Indian External Affairs Ministry"],
    ["South Korea's presidential office", "Office of the President of South Korea"],
])
def test_one_body_many_names(kb, forms):
    ids = {kb.candidates(f)[0].actor.id for f in forms}
    assert len(ids) == 1


def test_the_blue_house_stays_the_state(kb):
    assert kb.candidates("the Blue House")[0].actor.id == "state:KOR"


@pytest.mark.parametrize("title", ["top military officer", "highest-ranking military officer"])
def test_descriptive_titles_of_the_top_officer(kb, title):
    assert kb.office_key(title, "PHL") == "top_military_officer"


@pytest.mark.parametrize("name, country, office", [
    ("Yuri Ushakov", "RUS", "Presidential Aide for foreign policy"),
    ("Sun Weidong", "CHN", "Vice Minister of Foreign Affairs"),
    ("Kenji Kanasugi", "JPN", "Ambassador to China"),
    ("Romeo Brawner Jr.", "PHL", "Chief of Staff, Armed Forces of the Philippines"),
])
def test_officials_on_a_day(kb, name, country, office):
    found = kb.candidates(name, date(2025, 6, 1))[0]
    assert (found.actor.country, found.role.office) == (country, office)
