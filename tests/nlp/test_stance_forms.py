"""Stance of costs held out on a condition, hostile nouns that are only a topic or a time, negations the
parser hangs elsewhere and acts of force named as nouns, on sentences written
for these tests."""

from __future__ import annotations

import pytest

STANCES = [
    # text, words of the statement, stance
    # a cost held out on a condition the other side controls is a warning
    ("Trade Minister Piyush Goyal said duties were likely if the deficit with Brussels kept growing.",
     "duties were likely", "hostile"),
    ("Foreign Minister Radoslaw Sikorski said Minsk would face the consequences if the flights went on.",
     "face the consequences", "hostile"),
    ("Prime Minister Petteri Orpo said that if the flights went on, Helsinki would have no choice but to respond.",
     "no choice but", "hostile"),
    # a hostile noun as the topic of talks, the thing ended or a time frame is no charge
    ("Finance Minister Jim Chalmers said the two teams would keep talking about tariffs next week.",
     "keep talking", "conciliatory"),
    ("President Alexander Stubb said any end to the war would need firm guarantees for Kyiv.",
     "any end to the war", "neutral"),
    ("Foreign Minister Hakan Fidan said Ankara was ready to help rebuild the region after the war.",
     "rebuild the region", "conciliatory"),
    # "no intention of", "no longer": negations the parser does not hang on the predicate
    ("Defence Minister Gilberto Teodoro said Manila had no intention of provoking anyone at sea.",
     "no intention of provoking", "conciliatory"),
    ("President Ferdinand Marcos said the survey ships were no longer welcome in Philippine waters.",
     "no longer welcome", "hostile"),
    # acts of force named as nouns, as "attack" is
    ("Foreign Minister Andrii Sybiha said the airstrikes on Kharkiv had to be answered.",
     "airstrikes on Kharkiv", "hostile"),
]


@pytest.mark.parametrize("text,words,stance", STANCES, ids=[s[1] for s in STANCES])
def test_stance_forms(reader, text, words, stance):
    readout = reader.read(text, published="2025-03-01")
    found = [st for st in readout.statements if words in st.quote]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    assert found[0].stance == stance
