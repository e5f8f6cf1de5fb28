"""Bodies the knowledge base lacks that read as international ones keep no state, whatever place they name."""

from __future__ import annotations

import pytest


def _actors(reader, text, published="2025-03-12"):
    return {a.name: a for a in reader.read(text, published=published).actors}


@pytest.mark.parametrize("text, name, country, sector", [
    # a grouping named after a city is no body of that city's state
    ("The Quito Group condemned Bolivia's election on Monday.", "Quito Group", "IGO", "IGO"),
    ("The Santiago Club agreed on Friday to restructure Zambia's debt.", "Santiago Club", "IGO", "IGO"),
    # a regional court: "Inter-American" and "African" name no state
    ("The Inter-American Court of Indigenous Rights ordered Chile to return the land.",
     "Inter-American Court of Indigenous Rights", "IGO", "JUD"),
    ("The African Tribunal for Trade Disputes ruled against Ghana on Tuesday.",
     "African Tribunal for Trade Disputes", "IGO", "JUD"),
    # a body of an international organisation it names takes that organisation's code
    ("The UNESCO Committee on Coral Reefs criticised Fiji on Monday.", "UNESCO Committee on Coral Reefs", "IGO", "IGO"),
    ("The Board of Governors of the OSCE censured Russia on Thursday.", "Board of Governors", "IGO", "IGO"),
])
def test_an_international_body_keeps_no_state(reader, text, name, country, sector):
    actor = _actors(reader, text)[name]
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text, name, country", [
    # a body a state owns stays the state's, even beside an international body
    ("Chile's Supreme Court ordered the release on Monday.", "Chile's Supreme Court", "CHL"),
    ("The Peruvian Constitutional Tribunal struck down the decree on Tuesday.", "Peruvian Constitutional Tribunal", "PER"),
])
def test_a_state_body_keeps_its_state(reader, text, name, country):
    actors = _actors(reader, text)
    found = next(a for n, a in actors.items() if n.lower().endswith(name.split()[-1].lower()) and a.country)
    assert found.country == country and found.sector == "JUD"
