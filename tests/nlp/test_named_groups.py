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


@pytest.mark.parametrize("text, name, country", [
    # two demonyms sharing one noun: each state's group
    ("Shots were exchanged between Kyrgyz and Tajik forces near the enclave.", "Kyrgyz forces", "KGZ"),
    ("Skirmishes between Indian and Pakistani troops were reported overnight.", "Indian troops", "IND"),
    ("Skirmishes between Indian and Pakistani troops were reported overnight.", "Pakistani troops", "PAK"),
])
def test_paired_demonyms_name_a_group_each(reader, text, name, country):
    actor = _actor(reader, text, name)
    assert actor is not None and (actor.country, actor.sector) == (country, "MIL")


@pytest.mark.parametrize("text, name, country", [
    # a singular body of ships or troops
    ("A Chinese naval task group sailed through the strait on Monday.", "Chinese naval task group", "CHN"),
    ("A Russian flotilla anchored off the coast overnight.", "Russian flotilla", "RUS"),
])
def test_a_singular_military_unit_is_a_group(reader, text, name, country):
    actor = _actor(reader, text, name)
    assert actor is not None and (actor.country, actor.sector) == (country, "MIL")


def test_a_singular_group_of_no_military_kind_is_no_group(reader):
    assert _actor(reader, "A Chinese business group opened an office in Lima.", "Chinese business group") is None


@pytest.mark.parametrize("text, name, country", [
    ("Two men who had worked for Russian intelligence fled across the border.", "Russian intelligence", "RUS"),
    ("The minister said British intelligence had warned the cabinet.", "British intelligence", "GBR"),
])
def test_a_states_intelligence_is_a_secret_service_group(reader, text, name, country):
    actor = _actor(reader, text, name)
    assert actor is not None and (actor.country, actor.sector) == (country, "SPY")
