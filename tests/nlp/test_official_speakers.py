"""Unnamed officials of a state speak as the description news gives them, with that state."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("A senior Saudi official told Reuters that the accord was years in the making.", "senior Saudi official", "SAU"),
    ("Venezuelan officials said the vessel had been patrolling its own waters.", "Venezuelan officials", "VEN"),
    ("Chinese officials replied that their purchases of oil were lawful.", "Chinese officials", "CHN"),
    ("Two senior Japanese officials said the talks would resume in May.", "senior Japanese officials", "JPN"),
])
def test_unnamed_officials_speak_as_described(reader, text, name, country):
    statements = reader.read(text, published="2025-03-03").statements
    assert statements and statements[0].speaker.name == name and statements[0].speaker.country == country


@pytest.mark.parametrize("text, name", [
    # officials of a named body speak as that body
    ("Pentagon officials said the drills would go ahead next week.", "Pentagon"),
])
def test_officials_of_a_body_speak_as_the_body(reader, text, name):
    statements = reader.read(text, published="2025-03-03").statements
    assert statements and statements[0].speaker.name == name
