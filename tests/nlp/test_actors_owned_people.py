"""People a text places only by what is written around their names (session 20): a state's possessive
before the name ("Hungary's X"), an envoy's office in apposition ("X, Lithuania's chargé d'affaires in
Minsk"), and a name the tagger took for a person that a group noun describes ("the militant group X").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _actor(readout, name):
    return next((a for a in readout.actors if a.name == name), None)


@pytest.mark.parametrize("text, name, country", [
    ("The two governments named envoys, Hungary's Peter Kovacs and Romania's Andrei Popescu, to lead the talks.",
     "Peter Kovacs", "HUN"),
    ("Washington's Jonathan Miller flew to Kyiv on Tuesday, officials said.", "Jonathan Miller", "USA"),
])
def test_a_states_possessive_places_the_person_after_it(reader, text, name, country):
    actor = _actor(reader.read(text, published="2025-03-01"), name)
    assert actor is not None and actor.country == country


@pytest.mark.parametrize("text, name, country, role_word", [
    ("Belarus summoned Jonas Petraitis, Lithuania's chargé d'affaires in Minsk, on Monday.",
     "Jonas Petraitis", "LTU", "affaires"),
    ("Minsk summoned Jonas Petraitis, Lithuania's chargé d'affaires, to protest the flights.",
     "Jonas Petraitis", "LTU", "affaires"),
    ("Tehran summoned John Miller, Britain's ambassador in Tehran, on Monday.", "John Miller", "GBR", "ambassador"),
])
def test_an_envoys_office_in_apposition_places_him(reader, text, name, country, role_word):
    actor = _actor(reader.read(text, published="2025-03-01"), name)
    assert actor is not None and actor.country == country and actor.sector == "GOV" and role_word in actor.role


@pytest.mark.parametrize("text, name", [
    ("Army units clashed overnight with the separatist militia Kobra Aslanov near the frontier, Baku said.",
     "Kobra Aslanov"),
    ("The insurgent movement Ahmad Rashidi claimed the attack on the convoy, Pakistan said.", "Ahmad Rashidi"),
])
def test_a_name_described_as_an_armed_group_is_a_rebel_body(reader, text, name):
    actor = _actor(reader.read(text, published="2025-03-01"), name)
    assert actor is not None and actor.sector == "REB" and actor.kind == "organisation"
