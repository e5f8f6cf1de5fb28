"""US states against namesake towns in the gazetteer: a state outranks a small town of its name
("Florida" is the state, not a Cuban or Uruguayan town), but not a capital ("Washington") or a large city
("New York"), and a country still beats a state ("Georgia")."""

from __future__ import annotations

import pytest

from detente.kb.places import place


@pytest.mark.parametrize("name,country", [
    ("Florida", "USA"), ("Virginia", "USA"),
], ids=["florida", "virginia"])
def test_a_state_outranks_a_small_namesake_town(name, country):
    assert place(name)[1] == country
