"""Actors: an armed "force" the KB lacks is MIL (a police force COP), and the state written in a title is the
holder's country, not part of his office (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-02"


def _actors(reader, text):
    return {a.name: a for a in reader.read(text, published=PUBLISHED).actors}


@pytest.mark.parametrize("text, name, country, sector", [
    ("Recruits from Fiji may now enlist in the Australian Defence Force, officials said.",
     "Australian Defence Force", "AUS", "MIL"),
    ("The Lesotho Defence Force sent two companies to the border on Tuesday.", "Lesotho Defence Force", "LSO", "MIL"),
    ("The Nepal Police Force said it had detained two suspects at the border.", "Nepal Police Force", "NPL", "COP"),
])
def test_a_force_is_armed_unless_a_police_one(reader, text, name, country, sector):
    actor = _actors(reader, text).get(name)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text, name, country, role", [
    # "Ambassador" alone is then read as the envoy to the other state of the article
    ("In Nairobi, Turkish Ambassador Mehmet Oztaskin handed Kenya the letter on Monday.",
     "Mehmet Oztaskin", "TUR", "Ambassador to Kenya"),
    ("It declared the Chilean ambassador, Rodrigo Aravena Soto, persona non grata, Peru said.",
     "Rodrigo Aravena Soto", "CHL", "Ambassador to Peru"),
])
def test_the_state_in_a_title_is_the_country_not_the_office(reader, text, name, country, role):
    actor = _actors(reader, text)[name]
    assert (actor.country, actor.role) == (country, role)


@pytest.mark.parametrize("text, name, country", [
    # the title closes with the holder's post, and the parser hangs the name on the post's place
    ("Ghana summoned Serbia's ambassador in Accra, Dragan Milenkovic, over the remarks.", "Dragan Milenkovic",
     "SRB"),
])
def test_a_title_closed_by_its_post_is_read(reader, text, name, country):
    actor = _actors(reader, text)[name]
    assert (actor.country, actor.sector) == (country, "GOV")


@pytest.mark.parametrize("text, name, role", [
    # an envoy's post named by its city is the state he is accredited to
    ("Ghana summoned Serbia's ambassador in Accra, Dragan Milenkovic, over the remarks.", "Dragan Milenkovic",
     "Ambassador to Ghana"),
    ("Quito recalled its ambassador in Lima, Pablo Cevallos Ortiz, after the vote.", "Pablo Cevallos Ortiz",
     "Ambassador to Peru"),
])
def test_an_ambassador_in_a_capital_is_accredited_to_its_state(reader, text, name, role):
    assert _actors(reader, text)[name].role == role
