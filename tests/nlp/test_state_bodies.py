"""A state's body written as the state and a common noun, and people the text places by their own words."""

from __future__ import annotations

import pytest


def _actors(reader, text, published="2025-03-12"):
    return {a.name: a for a in reader.read(text, published=published).actors}


@pytest.mark.parametrize("text, name, country, sector", [
    ("Bolivia's army said on Monday that it had closed the border crossing.", "Bolivian army", "BOL", "MIL"),
    ("The Kenyan parliament voted on Tuesday to approve the security pact with Uganda.",
     "Kenyan parliament", "KEN", "LEG"),
    ("The Chilean navy rescued the crew, Chinese state media said.", "Chinese state media", "CHN", "JRN"),
])
def test_a_state_body_is_listed_with_its_state_and_sector(reader, text, name, country, sector):
    actors = _actors(reader, text)
    assert (actors[name].country, actors[name].sector) == (country, sector)
    assert any(a.kind == "state" and a.country == country for a in actors.values())  # the owner is its state


@pytest.mark.parametrize("text, name, country, sector, role_words", [
    ("The talks will be led by Treasury Secretary Scott Bessent and Labor Secretary nominee Anna Brightwater.",
     "Anna Brightwater", "USA", "GOV", {"Labor", "Secretary", "nominee"}),
    ("Captain Rolf Danner, the Philippine coast guard's spokesman on the Spratly Islands, said the ship left.",
     "Rolf Danner", "PHL", "MIL", {"spokesman", "Philippine"}),
    ("Senator Ann Lorrimer, the Republican who chairs the Senate Foreign Relations Committee, backed the sale.",
     "Ann Lorrimer", "USA", "LEG", {"Senate", "Foreign", "Relations", "Committee"}),
])
def test_a_person_placed_by_the_words_beside_the_name(reader, text, name, country, sector, role_words):
    actor = _actors(reader, text)[name]
    assert (actor.country, actor.sector) == (country, sector)
    assert role_words <= set((actor.role or "").replace(",", " ").replace("'s", " ").split())


@pytest.mark.parametrize("text, name, body", [
    ("The China Coast Guard said it had driven the boats away. Its spokesman, Zhao Kemin, said the "
     "fishermen had ignored warnings.", "Zhao Kemin", "China Coast Guard"),
    ("In New Delhi, the Ministry of External Affairs said the pact would be studied. Spokesperson Arjun "
     "Malhotra added that India would protect its interests.", "Arjun Malhotra", "Ministry of External Affairs"),
])
def test_a_spokesperson_speaks_for_the_body(reader, text, name, body):
    assert body in (_actors(reader, text)[name].role or "")
