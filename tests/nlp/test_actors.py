"""Actor mentions resolved on the article's date: titles, short names, metonyms, demonyms, offices."""

from __future__ import annotations

import pytest


def _actors(reader, text, published):
    return {a.name: a for a in reader.read(text, published=published).actors}


@pytest.mark.parametrize("published,name", [("2023-03-20", "Li Shangfu"), ("2025-03-20", "Dong Jun")])
def test_office_without_name_resolves_by_date(reader, published, name):
    actors = _actors(reader, "China's defense minister met Singapore's prime minister.", published)
    assert name in actors and actors[name].country == "CHN"


def test_title_short_name_and_metonyms(reader):
    text = ("Defense Secretary Lloyd Austin flew to Manila. Austin said the Pentagon "
            "would keep working with the Kremlin's neighbours, while Beijing objected.")
    actors = _actors(reader, text, "2024-07-30")
    austin = actors["Lloyd Austin"]
    assert austin.country == "USA" and austin.sector == "MIL" and "Austin" in austin.mentions
    assert actors["Pentagon"].sector == "MIL"
    assert any(a.country == "CHN" for a in actors.values())


def test_unknown_person_gets_country_and_sector_from_title(reader):
    actors = _actors(reader, "Ruritanian critics aside, Chinese Vice Foreign Minister Zhaoqi Lanfen spoke.",
                     "2025-01-10")
    person = actors["Zhaoqi Lanfen"]
    assert person.country == "CHN" and person.sector == "GOV" and "Foreign Minister" in person.role


def test_boilerplate_names_are_not_actors(reader):
    text = "The Indian prime minister visited Tokyo on Friday.\n\nPhoto courtesy: Example Photo Agency / Getty Images"
    names = set(_actors(reader, text, "2024-08-30"))
    assert not any("Getty" in n or "Example Photo" in n for n in names)
