"""Where an event happened: a state owning a facility ("a U.S. base in X") says whose it is, the
place in its phrase where it is; land named by its nation ("Georgian villages") lies in that nation; a result
told as a participle ("..., killing four") happened where its head did; a withdrawal happens where the
forces leave; seats of government a town gazetteer lacks ("an Oval Office meeting") lie in their country.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-11"


def _located(reader, text, type_):
    events = [e for e in reader.read(text, published=PUBLISHED).events if type_ in {None, e.type}]
    assert events, text
    return [(e.location.name, e.location.country) for e in events if e.location is not None]


@pytest.mark.parametrize("text,country", [
    ("Iraqi militias fired rockets at a U.S. base in Syria on Sunday.", "SYR"),
    ("Iran fired rockets at a U.S. base in Jordan on Tuesday.", "JOR"),
])
def test_a_state_owning_a_facility_does_not_place_it(reader, text, country):
    assert [c for _, c in _located(reader, text, "ASSAULT")] == [country]


@pytest.mark.parametrize("text,country", [
    ("Troops shelled Georgian villages near the boundary line on Saturday.", "GEO"),
    ("Artillery pounded Ukrainian towns overnight.", "UKR"),
])
def test_land_named_by_its_nation_lies_in_it(reader, text, country):
    assert [c for _, c in _located(reader, text, "ASSAULT")] == [country]


def test_a_part_of_a_nations_land_is_too_vague_to_place_an_act(reader):
    text = "The war has killed 9,000 people, uprooted millions and wrecked entire districts of Sudanese cities."
    assert _located(reader, text, None) == []


@pytest.mark.parametrize("text,name", [
    ("Mortar shells fell on a market in Gao on Monday, killing nine people.", "Gao"),
    ("A drone crashed into a block of flats in Odesa, killing three residents.", "Odesa"),
])
def test_a_participle_result_happened_where_its_head_did(reader, text, name):
    assert name in [n for n, _ in _located(reader, text, "ASSAULT")]


@pytest.mark.parametrize("text,country", [
    ("Ethiopian troops will pull out of Somalia by December.", "SOM"),
    ("Rwandan soldiers withdrew from the town of Goma on Tuesday.", "COD"),
])
def test_a_withdrawal_happens_where_the_forces_leave(reader, text, country):
    assert [c for _, c in _located(reader, text, "RETREAT")] == [country]


def test_a_seat_of_government_lies_in_its_country(reader):
    text = "Trump and Ramaphosa argued in a tense Oval Office meeting on Wednesday."
    assert ("Oval Office", "USA") in _located(reader, text, "CONSULT")


def test_a_capital_before_a_facility_still_places_it(reader):
    text = "A truck bomb was detonated on Monday outside the UN's Kabul headquarters, killing twelve people."
    assert "Kabul" in [n for n, _ in _located(reader, text, "ASSAULT")]


@pytest.mark.parametrize("text,expected", [
    ("Tariffs followed days after a tense Oval Office meeting between Trump and Ramaphosa.", [("Oval Office", "USA")]),
    ("Talks resumed a week after a testy Camp David meeting between the two ministers.", [("Camp David", "USA")]),
])
def test_a_placed_name_before_a_gathering_noun_is_its_venue(reader, text, expected):
    assert _located(reader, text, "CONSULT") == expected


@pytest.mark.parametrize("text,country", [
    # a site named by its town lies in the country the story is about, not at the town's largest namesake
    ("British Prime Minister Keir Starmer hosted the Italian leader on Tuesday. Italy's president was received "
     "by King Charles III at Windsor Castle on Tuesday.", "GBR"),
])
def test_a_site_named_by_a_town_lies_in_the_storys_country(reader, text, country):
    assert country in [c for n, c in _located(reader, text, None) if n == "Windsor Castle"]
