"""Ministries written as common nouns ("the Omani foreign ministry") and state bodies' sector."""

from __future__ import annotations

import pytest

from detente.kb import load_default
from detente.nlp.ministries import ministry_id, ministry_name, state_body_sector


def _actors(reader, text, published="2024-05-02"):
    return reader.read(text, published=published).actors


@pytest.mark.parametrize("text, expected", [
    ("Latvia's interior ministry", ("Ministry of Interior", "LVA", "GOV")),
    ("Chilean unification ministry", ("Ministry of Unification", "CHL", "GOV")),
    ("Foreign Affairs Ministry", ("Ministry of Foreign Affairs", None, "GOV")),
    ("national defence ministry", ("Ministry of National Defence", None, "MIL")),
    ("Ministry of Home Affairs", ("Ministry of Home Affairs", None, "GOV")),
    ("Chinese Ministry of State Security", ("Ministry of State Security", "CHN", "SPY")),
    ("Latvia's intelligence ministry", ("Ministry of Intelligence", "LVA", "SPY")),
])
def test_ministry_name_is_canonical(text, expected):
    assert ministry_name(text, load_default()) == expected


@pytest.mark.parametrize("text", ["Ministry of Magic", "new ministry", "Ruritania's ministry", "Health Agency"])
def test_other_names_are_no_ministry(text):
    assert ministry_name(text, load_default()) is None


@pytest.mark.parametrize("text, sector", [("Bureau of Customs", "GOV"), ("Latvian Statistics Department", "GOV"),
                                          ("Acme Holdings", None), ("Department Store Group", None)])
def test_state_body_sector_by_head_noun(text, sector):
    assert state_body_sector(text) == sector


@pytest.mark.parametrize("text, name, country", [
    # a ministry the KB lacks keeps the text's wording (convention 9)
    ("South Korea's unification ministry said on Thursday that it regretted the decision.",
     "South Korea's unification ministry", "KOR"),
    ("The Latvian interior ministry said the border would stay closed.", "Latvian interior ministry", "LVA"),
    # a foreign ministry the KB makes for every state keeps the KB's name
    ("Uruguay's foreign ministry said the envoy had been recalled.", "Ministry of Foreign Affairs", "URY"),
])
def test_lower_case_ministry_is_one_actor(reader, text, name, country):
    found = [a for a in _actors(reader, text) if name in a.name]
    assert found and found[0].country == country and found[0].sector == "GOV"


@pytest.mark.parametrize("text, name, country", [
    ("Latvia's interior ministry said on Monday the border was shut. The interior ministry added that "
     "trucks were turned back.", "Latvia's interior ministry", "LVA"),
    ("SANTIAGO, May 2 (Example Wire) - The energy ministry said it would cut gas exports to Argentina.",
     "Chilean energy ministry", "CHL"),
])
def test_bare_ministry_takes_its_states_adjective_and_merges(reader, text, name, country):
    """"the interior ministry" of a placed state is named "<Demonym> interior ministry", one actor with the
    owned mention of the same ministry."""
    found = [a for a in _actors(reader, text) if "ministry" in a.name.lower()]
    assert any(a.name == name and a.country == country for a in found)
    assert len({a.id for a in found if a.country == country}) == 1


@pytest.mark.parametrize("canonical, country, actor_id", [
    ("Ministry of Interior", "LVA", "org:lva-ministry-of-interior"),
    ("Ministry of Foreign Affairs", None, "org:ministry-of-foreign-affairs"),
])
def test_ministry_id_joins_owner_and_canonical_name(canonical, country, actor_id):
    assert ministry_id(canonical, country) == actor_id


def test_bureau_is_a_state_body(reader):
    actors = _actors(reader, "The Philippine Bureau of Customs said the cargo was seized at the port.")
    bureau = next(a for a in actors if "Bureau of Customs" in a.name)
    assert bureau.country == "PHL" and bureau.sector == "GOV"


def test_bureau_of_no_stated_state_keeps_no_sector(reader):
    """Guard: a body whose state the name does not give is left for the event rules to place."""
    actors = reader.read("The Bureau of Customs opened an inquiry into the shipment.", published="2024-05-02").actors
    bureau = next(a for a in actors if "Bureau of Customs" in a.name)
    assert bureau.sector is None


def test_ministry_modifying_a_noun_is_no_body(reader):
    """Guard: "the defence ministry spokesman" speaks; the ministry words do not make a body of their own."""
    actors = reader.read("The defence ministry spokesman declined to say whether the drills would go on.",
                         published="2024-05-02").actors
    assert not any(a.name.startswith("Ministry of") for a in actors)
