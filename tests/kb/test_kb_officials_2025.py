"""Officials of 2024-2025 news with their dated posts (people/officials_2025.yaml and fixes elsewhere)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize("name, on, country, office", [
    ("Ukhnaagiin Khurelsukh", date(2024, 9, 3), "MNG", "President"),
    ("Alexei Overchuk", date(2025, 7, 1), "RUS", "Deputy Prime Minister"),
    ("Grigory Karasin", date(2025, 3, 25), "RUS", "Chairman of the Federation Council Committee on International Affairs"),
    ("Richard Grenell", date(2025, 2, 1), "USA", "Presidential Envoy for Special Missions"),
    ("Tom Barrack", date(2025, 7, 25), "USA", "Special Envoy for Syria"),
    ("Chrystia Freeland", date(2024, 11, 30), "CAN", "Minister of Finance"),
    ("Ibrahim Traoré", date(2024, 1, 29), "BFA", "Transitional President"),
])
def test_an_official_holds_the_post_on_the_day(kb, name, on, country, office):
    found = kb.candidates(name, on)[0]
    assert (found.actor.country, found.role.office) == (country, office)


@pytest.mark.parametrize("name, on, sector", [
    ("Assimi Goita", date(2024, 1, 29), "MIL"),  # leaders of military governments
    ("Abdourahamane Tiani", date(2024, 1, 29), "MIL"),
    ("Grigory Karasin", date(2025, 3, 25), "LEG"),
    ("Danish Security and Intelligence Service", None, "SPY"),
    ("International Criminal Court", None, "JUD"),
])
def test_the_sector_on_the_day(kb, name, on, sector):
    found = kb.candidates(name, on)[0]
    assert (found.role.sector if found.role else found.actor.sector) == sector


def test_a_spouse_takes_no_bare_family_name(kb):
    assert kb.candidates("Usha Vance", date(2025, 3, 28))[0].actor.id == "person:usha-vance"
    assert all(c.actor.id != "person:usha-vance" for c in kb.candidates("Vance", date(2025, 3, 28)))
