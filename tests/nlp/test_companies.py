"""Firms the knowledge base lacks, known by how news names them (sentences written for these tests)."""

import pytest

PUBLISHED = "2025-03-12"


def _actor(reader, text, name):
    return next((a for a in reader.read(text, published=PUBLISHED).actors if a.name == name), None)


@pytest.mark.parametrize("text, name, country", [
    # a trade noun before the name, with the firm's nationality
    ("Danish shipmaker Norrvik Yards said it would build two frigates.", "Norrvik Yards", "DNK"),
    ("The Brazilian battery maker Solvanta Energia plans a plant in Hungary.", "Solvanta Energia", "BRA"),
    # beside the name, after a comma
    ("Kestrel Dynamics, the Canadian drone maker, warned that tariffs would hurt sales.", "Kestrel Dynamics", "CAN"),
    # a corporate word in the name; the country from the possessive before it
    ("Chile's Andes Copper Holdings signed a supply deal with Japan.", "Andes Copper Holdings", "CHL"),
])
def test_unknown_firms_are_businesses_of_their_country(reader, text, name, country):
    actor = _actor(reader, text, name)
    assert actor is not None and (actor.sector, actor.country) == ("BUS", country)


@pytest.mark.parametrize("text, name", [
    # a militant or rights group is no firm
    ("Tamar Front, the armed group, said it would free the hostages.", "Tamar Front"),
])
def test_groups_are_not_firms(reader, text, name):
    actor = _actor(reader, text, name)
    assert actor is None or actor.sector != "BUS"
