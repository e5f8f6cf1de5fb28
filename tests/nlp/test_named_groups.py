"""A state's people named by a demonym and a plural noun are actors even outside any event (sentences written
for these tests)."""

import pytest

PUBLISHED = "2025-03-12"


def _actor(reader, text, name):
    return next((a for a in reader.read(text, published=PUBLISHED).actors if a.name == name), None)


@pytest.mark.parametrize("text, name, country, sector", [
    # the source of a report
    ("According to Peruvian officials, the talks ran late into the night.", "Peruvian officials", "PER", "GOV"),
    # a modifier narrows the sector
    ("Norwegian intelligence agencies had warned about the shipments for months.",
     "Norwegian intelligence agencies", "NOR", "SPY"),
    # firms and law officers by their trade
    ("Turkish companies unveiled plans at the fair to build three plants in Chile.", "Turkish companies", "TUR", "BUS"),
    ("Belgian prosecutors say the former mayor took bribes.", "Belgian prosecutors", "BEL", "JUD"),
])
def test_state_groups_are_actors(reader, text, name, country, sector):
    actor = _actor(reader, text, name)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text, name", [
    # a body's officials are the body; goods are no group
    ("Pentagon officials declined to comment on the report.", "Pentagon officials"),
    ("Imports of Canadian goods fell sharply in May.", "Canadian goods"),
])
def test_not_state_groups(reader, text, name):
    assert _actor(reader, text, name) is None
