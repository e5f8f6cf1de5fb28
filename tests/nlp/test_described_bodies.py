"""A body's role read from the words around its name (detente.nlp.described_bodies). Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-10"


def _actors(reader, text):
    return {a.name: a for a in reader.read(text, published=PUBLISHED).actors}


@pytest.mark.parametrize("text, name, role", [
    # the kind noun the name modifies
    ("Officials in Kinshasa met envoys of the M23 rebel group in Doha on Monday.", "M23", "rebel group"),
    ("Turkey says the YPG militia must disarm before any deal.", "People's Defense Units", "militia"),
    # a describing modifier before the name
    ("Sudan accused Chad of arming the paramilitary Rapid Support Forces.", "Rapid Support Forces", "paramilitary"),
    ("Armenia has frozen its part in the Russian-led Collective Security Treaty Organization.",
     "Collective Security Treaty Organization", "Russian-led"),
])
def test_a_body_is_what_the_words_around_its_name_say(reader, text, name, role):
    assert _actors(reader, text)[name].role == role


def test_an_act_the_name_modifies_is_no_role(reader):
    actors = _actors(reader, "Israel said the Hamas attack had been planned for months.")
    assert "Hamas" not in actors or actors["Hamas"].role is None
