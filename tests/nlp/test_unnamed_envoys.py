"""Envoys named only by their state ("Chile's chargé d'affaires", "the Danish ambassador", "its ambassador")
are actors of that state with their office as role; an envoy with a name beside him is that person.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _actors(reader, text, published="2024-10-03"):
    return reader.read(text, published=published).actors


@pytest.mark.parametrize("text, name, country, role", [
    ("Oslo summoned Chile's chargé d'affaires on Tuesday over the fishing dispute.", "Chilean chargé d'affaires",
     "CHL", "chargé d'affaires"),
    ("The Danish ambassador was handed a formal note of protest in Vienna.", "Danish ambassador", "DNK",
     "ambassador"),
    ("Ghana has recalled its ambassador from Lome for consultations.", "Ghanaian ambassador", "GHA",
     "ambassador"),
    ("Nairobi summoned the British High Commissioner to explain the remarks.", "British High Commissioner", "GBR",
     "high commissioner"),
    ("Officials in Quito met Peru's envoy on Friday to discuss the closure.", "Peruvian envoy", "PER", "envoy"),
])
def test_an_envoy_named_by_his_state_is_an_actor_of_it(reader, text, name, country, role):
    envoy = next((a for a in _actors(reader, text) if a.name == name), None)
    assert envoy is not None and envoy.country == country and envoy.sector == "GOV"
    assert (envoy.role or "").lower().startswith(role)


@pytest.mark.parametrize("text", [
    "Lima expelled the Bolivian ambassador, Carlos Quispe Mamani, and summoned Chile's envoy on Monday.",
    "Bolivian ambassador Carlos Quispe Mamani left Lima on Monday, and Chile's envoy was summoned.",
    "Bolivia's deputy ambassador left Lima on Monday, and Chile's envoy was summoned.",
])
def test_a_named_envoy_or_another_office_makes_no_nameless_envoy(reader, text):
    envoys = [a.name for a in _actors(reader, text) if a.id.startswith("envoy:")]
    assert envoys == ["Chilean envoy"]


@pytest.mark.parametrize("text, name, country", [
    ("Kenya's embassy in Kampala said the visas would be reissued within a week.", "Kenyan embassy in Kampala",
     "KEN"),
    ("Police closed the road outside the Turkish embassy on Friday.", "Turkish embassy", "TUR"),
])
def test_a_mission_named_by_its_state_is_a_body_of_it(reader, text, name, country):
    mission = next((a for a in _actors(reader, text) if a.name == name), None)
    assert mission is not None and mission.country == country and mission.sector == "GOV"


@pytest.mark.parametrize("text, name, country", [
    ("Kenya's embassy in Tbilisi said the visa rules would not change.", "Kenyan embassy in Tbilisi", "KEN"),
    ("Peru's U.N. mission said the vote was premature.", "Peruvian U.N. mission", "PER"),
    ("Ghana's embassy said the talks with Togo would resume.", "Ghanaian embassy", "GHA"),
])
def test_a_mission_is_named_by_its_post_or_the_body_it_is_accredited_to(reader, text, name, country):
    mission = next((a for a in _actors(reader, text) if a.id.startswith("envoy:")), None)
    assert mission is not None and (mission.name, mission.country) == (name, country)
