"""Actors: a plural title the tagger ran into the first of a pair of names ("Prime Ministers X and Y") is no
part of that name, which the knowledge base then knows.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,country", [
    ("Australia and Tonga became close partners on Friday when Prime Ministers Anthony Albanese and Siaosi "
     "Sovaleni opened the new wharf at the port in Nuku'alofa.", "Anthony Albanese", "AUS"),
    ("Chile and Peru became partners on Tuesday when Ministers Gabriel Boric and Dina Boluarte signed the Andes "
     "Water Accord at the palace in Lima.", "Gabriel Boric", "CHL"),
])
def test_a_plural_title_is_cut_from_the_first_name(reader, text, name, country):
    actors = reader.read(text, published="2024-03-11").actors
    found = next((a for a in actors if a.name == name), None)
    assert found is not None and found.country == country, [(a.name, a.country) for a in actors]
