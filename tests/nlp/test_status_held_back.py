"""Acts held back from did not take place (detente.nlp.status): "refrained from", "stopped short of" negate
the act, whose doer is the holder. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _read(reader, text):
    return [(e.type, e.status, {a.country for a in e.source}) for e in reader.read(text, published="2025-02-03").events]


@pytest.mark.parametrize("text, kind", [
    ("Spain stopped short of expelling the Moroccan ambassador.", "SANCTION"),
    ("Spain refrained from expelling the Moroccan ambassador.", "SANCTION"),
    ("Spain stopped short of breaking off diplomatic relations with Morocco.", "SANCTION"),
])
def test_an_act_held_back_from_is_negated_and_the_holders(reader, text, kind):
    found = [e for e in _read(reader, text) if e[0] == kind]
    assert found and all(status == "negated" and source == {"ESP"} for _, status, source in found), found


@pytest.mark.parametrize("text", [
    "Spain protested after expelling the Moroccan ambassador.",
])
def test_an_act_after_a_preposition_still_occurred(reader, text):
    found = [e for e in _read(reader, text) if e[0] == "SANCTION"]
    assert found and all(status == "occurred" for _, status, _ in found), found
