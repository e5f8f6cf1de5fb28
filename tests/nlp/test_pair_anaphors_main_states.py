"""Who "the two countries" are when no engagement before names them (detente.nlp.pair_anaphors): the
article's two most-mentioned states. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

OPENING = ("A tribunal in Geneva ruled on Tuesday that Chile, not Bolivia, holds title to a strip of desert. "
           "The tribunal dismissed an argument by Bolivia that an old map supported its claim. "
           "Chile welcomed the ruling. ")


def _sides(reader, text, start):
    events = [e for e in reader.read(text, published="2025-03-12").events if e.evidence.sentence.startswith(start)]
    return [({a.country for a in e.source}, {a.country for a in e.target}) for e in events]


@pytest.mark.parametrize("told", [
    "The two governments signed an arbitration accord in Lima in 2015.",
    "The two countries signed an arbitration accord in Lima in 2015.",
])
def test_the_two_countries_are_the_articles_two_states(reader, told):
    found = _sides(reader, OPENING + told, told[:16])
    assert found and all(s | t == {"CHL", "BOL"} and s and t for s, t in found), found


@pytest.mark.parametrize("told", [
    "The two governments signed an arbitration accord in Lima in 2015.",
])
def test_no_pair_is_guessed_from_a_tie(reader, told):
    text = ("A tribunal ruled on Tuesday on a strip of desert claimed by Chile, Bolivia and Peru. " + told)
    assert not _sides(reader, text, told[:16])
