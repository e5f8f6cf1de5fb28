"""An envoy named after the place of his post ("X's ambassador in Y, NAME") is the named side of the act on him
(session 23; sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


@pytest.mark.parametrize("text, kind, person", [
    ("Lithuania summoned Belarus's charge d'affaires in Vilnius, Andrei Lukashevich, over the balloons.",
     "ACCUSE", ("Andrei Lukashevich", "BLR")),
    ("Kenya summoned the Ugandan envoy in Nairobi, Joseph Ocwet, on Tuesday.", "ACCUSE", ("Joseph Ocwet", "UGA")),
])
def test_an_envoy_named_after_his_post_is_the_side(reader, text, kind, person):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    sides = [[(r.name, r.country) for r in e.source + e.target] for e in events]
    assert any(person in s for s in sides), sides
