"""Sides: an envoy summoned "to the ministry" is summoned by that ministry's state (the envoy's
is the target); one's own envoy pulled out is what is moved, not the target; one of a group named with its
nationality ("four Argentine diplomats, including ..., NAME") shares it; "the ministry" is the one just named;
"X and Y each expelled the other's envoys" is one reciprocal act.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from trigger_words import event_by_trigger


_event = event_by_trigger


@pytest.mark.parametrize("text", [
    "Peru's foreign ministry said on Sunday it would review ties with Chile. The Chilean ambassador, Rosa Ibarra, "
    "was summoned to the ministry on Monday.",
    "Norway's Ministry of Foreign Affairs criticised the Russian move. Russia's envoy, Ilya Sorokin, had been "
    "summoned to the ministry hours earlier.",
])
def test_the_ministry_one_is_summoned_to_is_the_source(reader, text):
    event = _event(reader, text, "summoned")
    sources = {a.country for a in event.source}
    targets = {a.country for a in event.target}
    assert sources & {"PER", "NOR"} and targets & {"CHL", "RUS"}, (event.source, event.target)


@pytest.mark.parametrize("text,name,country", [
    ("Brazil ordered four Argentine diplomats, including the deputy ambassador, Lucas Ferreyra, to leave.",
     "Lucas Ferreyra", "ARG"),
    ("Kenya expelled three Ugandan diplomats, including the deputy ambassador, Peter Mugisha, on Friday.",
     "Peter Mugisha", "UGA"),
])
def test_one_of_a_group_with_a_nationality_shares_it(reader, text, name, country):
    actors = reader.read(text, published="2024-03-18").actors
    assert next(a for a in actors if a.name == name).country == country


@pytest.mark.parametrize("text,trigger,own", [
    ("Chile's foreign ministry said it was pulling out Chilean ambassador Marta Rojas from Lima.", "pulling", "CHL"),
    ("Ghana said it would recall Ghana's High Commissioner, Kofi Asante Boateng, from Abuja.", "recall", "GHA"),
])
def test_ones_own_envoy_pulled_out_is_not_the_target(reader, text, trigger, own):
    event = _event(reader, text, trigger)
    assert own not in {a.country for a in event.target}, event.target


@pytest.mark.parametrize("text", [
    "Chile and Peru each expelled five of the other's diplomats on Monday.",
    "Chile and Peru accused each other of violating the border deal on Friday.",
])
def test_each_acting_on_the_other_is_reciprocal(reader, text):
    events = reader.read(text, published="2024-03-18").events
    assert events and all(e.reciprocal for e in events), [(e.type, e.reciprocal) for e in events]
