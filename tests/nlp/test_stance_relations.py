"""Stance of relations spoken of as built up, lasting or valued, and of readiness for a duty rather than
an overture, on sentences written for these tests."""

from __future__ import annotations

import pytest

STANCES = [
    # text, words of the statement, stance
    # a relation built up or back up
    ("President Gitanas Nauseda said Vilnius wanted to rebuild its relations with Minsk over time.",
     "rebuild its relations", "conciliatory"),
    ("Prime Minister Mark Carney told his host he wanted to forge a new era for the alliance.",
     "a new era for the alliance", "conciliatory"),
    ("Foreign Minister Penny Wong said Canberra would develop the relationship with Jakarta in the years ahead.",
     "develop the relationship", "conciliatory"),
    # a relation that lasts by itself
    ("President Kassym-Jomart Tokayev declared that the bond with Moscow would endure whatever happened.",
     "the bond with Moscow would endure", "conciliatory"),
    ("Premier Li Qiang told his guest that ties had come through a hard winter.",
     "ties had come through", "conciliatory"),
    # a relation qualified as valued
    ("President Shavkat Mirziyoyev said the two nations had special ties rooted in history.",
     "special ties", "conciliatory"),
    # a relation named without being built up stays neutral, and one not restored is no overture
    ("The ministry said relations with Baku were the subject of a review.",
     "relations with Baku were the subject", "neutral"),
    ("The ministry said ties with Rabat had grown strained over the winter.",
     "ties with Rabat had grown strained", "neutral"),
    ("A state newspaper said Washington was building an alliance against Beijing to contain it.",
     "building an alliance against Beijing", "hostile"),
    # readiness for a task, a fight or a sacrifice is no overture
    ("General Carsten Breuer said the division would be ready for combat by next spring.",
     "ready for combat", "neutral"),
    ("Interior Minister Kipchumba Murkomen insisted that the police units were ready for the mission.",
     "ready for the mission", "neutral"),
    ("President Lula said Brasilia would never compromise on its farmers and was ready to pay a high price for it.",
     "never compromise", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", STANCES, ids=[s[1] for s in STANCES])
def test_stance_of_relations_and_readiness(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance

