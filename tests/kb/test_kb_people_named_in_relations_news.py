"""People relations news names beside leaders (heads of government, a first lady, a supreme-court justice, a
speaker, ministers), with their state, office and sector on the day; a reigning king's office is "King"."""

from __future__ import annotations

from datetime import date

import pytest

from detente.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize("name, on, country, office, sector", [
    ("James Marape", date(2025, 9, 1), "PNG", "Prime Minister", "GOV"),
    ("Daniel Noboa", date(2024, 4, 1), "ECU", "President", "GOV"),
    ("Melania Trump", date(2025, 9, 1), "USA", "First Lady", "ELI"),
    ("Alexandre de Moraes", date(2025, 7, 1), "BRA", "Justice of the Supreme Federal Court", "JUD"),
    ("Jorge Rodríguez", date(2025, 7, 1), "VEN", "President of the National Assembly", "LEG"),
    ("Diosdado Cabello", date(2025, 7, 1), "VEN", "Minister of Interior, Justice and Peace", "GOV"),
    ("Óscar Puente", date(2024, 5, 1), "ESP", "Minister of Transport and Sustainable Mobility", "GOV"),
    ("Charles III", date(2025, 9, 1), "GBR", "King", "GOV"),
])
def test_the_office_held_on_the_day(kb, name, on, country, office, sector):
    actor = kb.candidates(name)[0].actor
    held = [r for r in actor.roles if r.active_on(on)]
    assert actor.country == country and [r.office for r in held] == [office] and held[0].sector == sector


@pytest.mark.parametrize("name, on, country, office", [
    ("Bill Clinton", date(2000, 7, 1), "USA", "President"),
    ("Mohamed Morsi", date(2013, 1, 1), "EGY", "President"),
    ("Jorge Glas", date(2016, 1, 1), "ECU", "Vice President"),
])
def test_past_offices(kb, name, on, country, office):
    actor = kb.candidates(name)[0].actor
    assert actor.country == country and [r.office for r in actor.roles if r.active_on(on)] == [office]


@pytest.mark.parametrize("surname", ["Trump", "Clinton"])
def test_a_shared_family_name_stays_with_the_president(kb, surname):
    assert all(c.actor.name not in {"Melania Trump", "Bill Clinton"} for c in kb.candidates(surname))
