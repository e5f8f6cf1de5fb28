"""Political parties (organisations/parties.yaml) and people whose post on the day is a party's or a royal
consort's, added in session 20."""

from __future__ import annotations

from datetime import date

import pytest

from detente.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize("name, country, sector", [
    ("Alternative for Germany", "DEU", "PTY"),
    ("AfD", "DEU", "PTY"),
    ("Vox", "ESP", "PTY"),
    ("Law and Justice", "POL", "PTY"),
    ("Liberal Democratic Party", "JPN", "PTY"),
    ("Demokraatit", "GRL", "PTY"),
    ("Kuomintang", "TWN", "PTY"),
    ("Jaish al-Adl", "IRN", "REB"),
])
def test_a_party_or_armed_group_has_its_sector(kb, name, country, sector):
    actor = kb.candidates(name)[0].actor
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("name, on, country, sector", [
    ("Alice Weidel", date(2025, 2, 14), "DEU", "PTY"),
    ("Jens-Frederik Nielsen", date(2025, 3, 20), "GRL", "PTY"),   # party leader before he became premier
    ("Queen Camilla", date(2025, 9, 17), "GBR", "ELI"),
    ("Sultan Ibrahim", date(2025, 4, 16), "MYS", "GOV"),
    ("Molly Phee", date(2024, 3, 12), "USA", "GOV"),
])
def test_a_person_has_the_sector_of_the_post_held_that_day(kb, name, on, country, sector):
    found = kb.candidates(name, on)[0]
    assert (found.actor.country, found.role.sector) == (country, sector)
