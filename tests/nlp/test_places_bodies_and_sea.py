"""Where an event happened: a city that stands for an international body lies in its own country;
"outside the capital" is the dateline's country; an act at sea or on "the shoal" named before is not placed
by the dateline; "South America" is no part of America.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-07"  # a Friday


def _event(reader, text, type_):
    events = reader.read(text, published=PUBLISHED).events
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.location) for e in events]
    return found[0]


@pytest.mark.parametrize("text,type_", [
    ("Farmers protested in Brussels on Monday against cheap imports.", "PROTEST"),
    ("Police detained two activists in Brussels on Tuesday.", "COERCE"),
])
def test_a_city_standing_for_a_body_is_placed_in_its_own_country(reader, text, type_):
    event = _event(reader, text, type_)
    assert event.location is not None and event.location.country == "BEL"


@pytest.mark.parametrize("text,country", [
    ("HANOI — Vietnamese and Lao ministers held talks on Thursday at the Tam Dao resort outside the capital.", "VNM"),
    ("NAIROBI — Kenyan and Somali officials met on Wednesday at the Lake Naivasha lodge outside the capital.", "KEN"),
])
def test_outside_the_capital_is_in_the_datelines_country(reader, text, country):
    event = _event(reader, text, "CONSULT")
    assert event.location is not None and event.location.country == country


def test_an_unplaced_name_with_no_capital_gets_no_dateline_country(reader):
    text = "HANOI — Vietnamese and Lao ministers held talks on Thursday at the Tam Dao resort."
    event = _event(reader, text, "CONSULT")
    assert event.location is None or event.location.country != "VNM" or event.location.name != "Tam Dao"


@pytest.mark.parametrize("text,name", [
    ("MANILA — Vietnamese fishermen landed on Whitsun Reef last month. On Wednesday Chinese coast guard vessels "
     "rammed two Vietnamese fishing boats anchored near the reef.", "Whitsun Reef"),
    ("MANILA — Chinese coast guard vessels rammed a Philippine patrol boat at sea on Wednesday.", "sea"),
])
def test_an_act_at_sea_is_not_where_the_dateline_is(reader, text, name):
    event = _event(reader, text, "ASSAULT")
    assert event.location is not None and event.location.name == name and event.location.country != "PHL"


def test_south_america_is_not_the_united_states(reader):
    text = "Rebels attacked an army convoy somewhere in South America on Monday."
    event = _event(reader, text, "ASSAULT")
    assert event.location is None or event.location.country != "USA"


@pytest.mark.parametrize("text", [
    "The new minister took up his post at the end of December and had not spoken with his Chinese counterpart.",
    "Rebels shelled the outskirts of the town in the middle of March.",
])
def test_a_month_after_a_part_noun_is_no_place(reader, text):
    events = reader.read(text, published=PUBLISHED).events
    assert all(e.location is None or e.location.name not in {"December", "March"} for e in events)


@pytest.mark.parametrize("text,place", [
    ("Chinese ships blocked a Philippine supply boat in the contested South China Sea on Tuesday.", "South China Sea"),
    ("Chinese warships held live-fire drills in the Taiwan Strait on Monday.", "Taiwan Strait"),
])
def test_features_at_sea_take_no_country_from_their_name(reader, text, place):
    located = [e.location for e in reader.read(text, published="2024-12-05").events if e.location]
    assert any(loc.name == place for loc in located)
    assert all(loc.country is None for loc in located if loc.name == place)


def test_a_sea_borrows_no_country_from_a_later_clause(reader):
    text = ("Coast guard accuses Beijing\n\nMANILA (Example Wire) - A Chinese vessel rammed a Philippine patrol "
            "boat in the South China Sea on Tuesday, Manila said.")
    located = [e.location for e in reader.read(text, published="2024-12-05").events if e.location]
    assert located and all(loc.country is None for loc in located if loc.name == "South China Sea")
