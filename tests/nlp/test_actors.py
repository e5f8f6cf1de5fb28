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


@pytest.mark.parametrize("text, name, country, sector, role", [
    ("Vietnam's chief of general staff, Sen. Lt. Gen. Nguyen Tan Cuong, met the delegation.",
     "Nguyen Tan Cuong", "VNM", "MIL", "chief of general staff"),
    ("Hanoi summoned Kenya's ambassador, Peter Kiprop, on Friday.", "Peter Kiprop", "KEN", "GOV",
     "Ambassador to Vietnam"),  # the title, with the posting the article's other state gives
    ("The talks were led by Olena Hrytsenko, an aide to President Volodymyr Zelensky.",
     "Olena Hrytsenko", "UKR", "GOV", None),
])
def test_unknown_person_takes_the_title_it_stands_beside(reader, text, name, country, sector, role):
    actor = _actors(reader, text, "2025-05-01")[name]
    assert (actor.country, actor.sector) == (country, sector)
    assert role is None or actor.role == role


def test_rank_before_a_name_beside_a_counterpart_means_military(reader):
    text = "Maj. Gen. Kashif Dar phoned his Indian counterpart, Lt. Gen. Arun Sethi, on Saturday."
    actor = _actors(reader, text, "2025-05-10")["Arun Sethi"]
    assert (actor.country, actor.sector, actor.role) == ("IND", "MIL", None)


def test_a_name_with_a_persons_role_beside_it_is_a_person(reader):
    text = "Takeshi Morioka, the Japanese trade ministry's chief negotiator, arrived in Seoul."
    actor = _actors(reader, text, "2025-05-10")["Takeshi Morioka"]
    assert (actor.kind, actor.country) == ("person", "JPN")


@pytest.mark.parametrize("text, name, country, sector", [
    ("The EU blacklisted Sinopec and Cnooc, China's two biggest oil producers, on Friday.", "Cnooc", "CHN", "BUS"),
    ("The EU blacklisted Sinopec and Cnooc, China's two biggest oil producers, on Friday.", "Sinopec", "CHN", "BUS"),
    ("Under a decree issued by Egypt's cabinet, visas must be cleared by the Higher Border Security Council.",
     "Higher Border Security Council", "EGY", "GOV"),
])
def test_unknown_body_placed_by_apposition_or_its_one_country(reader, text, name, country, sector):
    actor = _actors(reader, text, "2025-05-01")[name]
    assert (actor.country, actor.sector) == (country, sector)


def test_a_company_sanctioned_stands_on_the_event_with_its_state(reader):
    readout = reader.read("Washington imposed sanctions on Cnooc, China's largest offshore oil producer.",
                          published="2025-05-01")
    event = next(e for e in readout.events if e.type == "SANCTION")
    assert [(t.name, t.country) for t in event.target] == [("Cnooc", "CHN")]  # records' `who` rule 6
    assert any(a.name == "Cnooc" and a.sector == "BUS" for a in readout.actors)


@pytest.mark.parametrize("text,name,country", [
    ("Thai Maj. Gen. Somchai Rattana inspected the border post.", "Somchai Rattana", "THA"),
    ("Kenyan Brig. Gen. Otieno Waweru led the peacekeepers.", "Otieno Waweru", "KEN"),
    ("Egyptian Lt. Col. Tarek Mansour met the envoy.", "Tarek Mansour", "EGY"),
])
def test_a_rank_alone_is_an_unknown_officers_office(reader, text, name, country):
    officer = _actors(reader, text, "2025-03-07")[name]
    assert (officer.country, officer.sector) == (country, "MIL") and officer.role


@pytest.mark.parametrize("text, name", [
    # a name after a press noun is an outlet, which the article cites (the readout keeps outlets out of actors)
    ("The Croatian daily Jutarnji List reported that the port deal with Budapest was done.", "Jutarnji List"),
    ("According to the weekly Der Spiegel, the port deal with Paris was done.", "Der Spiegel"),
])
def test_a_name_after_a_press_noun_is_an_outlet(reader, text, name):
    readout = reader.read(text, published="2024-05-02")
    assert not [a for a in readout.actors if a.name == name]
    assert any(name in c for c in readout.article.cited_sources), readout.article.cited_sources


@pytest.mark.parametrize("text,absent,present", [
    # names nothing places and that take no part: not listed
    ("Lula posted the news on Bluesky after Easter Monday, and Brazil recalled its envoy from Israel.",
     {"Bluesky", "Easter Monday"}, {"Brazil"}),
    # an unknown person who speaks stays listed, even with nothing known of them
    ('"We will not be rushed," said Tomas Verhoeven after Belgium summoned the Russian ambassador.',
     set(), {"Tomas Verhoeven", "Belgium"}),
])
def test_the_actor_list_keeps_what_is_placed_or_takes_part(reader, text, absent, present):
    names = {a.name for a in reader.read(text, published="2025-04-22").actors}
    assert present <= names and not (absent & names), names
