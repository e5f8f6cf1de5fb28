"""A state's armed forces, parliament, state media, police, judiciary, security service and government, however
news writes them."""

from __future__ import annotations

import pytest

from detente.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize("forms, sector", [
    (["Bolivian army", "Bolivia's military", "Bolivian armed forces", "armed forces of Bolivia"], "MIL"),
    (["Kenyan parliament", "Kenya's parliament", "Kenyan legislature"], "LEG"),
    (["Syrian state media", "Syria's state television", "Syrian state news agency"], "JRN"),
    (["Peruvian police", "Peru's police"], "COP"),
    (["Bolivian judiciary", "Bolivia's judiciary"], "JUD"),
    (["Kenyan security service", "Kenya's intelligence service", "Kenyan intelligence agency"], "SPY"),
    (["Peruvian air defences", "Peru's army"], "MIL"),
])
def test_one_standard_body_many_names(kb, forms, sector):
    found = [kb.candidates(f)[0].actor for f in forms]
    assert len({a.id for a in found}) == 1
    assert {a.sector for a in found} == {sector}


@pytest.mark.parametrize("form, country", [("Bolivian army", "BOL"), ("Kenya's parliament", "KEN")])
def test_a_standard_body_is_its_states(kb, form, country):
    assert kb.candidates(form)[0].actor.country == country


@pytest.mark.parametrize("form, actor_id", [
    ("Estonian armed forces", "org:est-defence-forces"),   # the data lists it: no second, made-up body
    ("German army", "org:bundeswehr"),
])
def test_a_listed_body_is_not_made_again(kb, form, actor_id):
    assert kb.candidates(form)[0].actor.id == actor_id


@pytest.mark.parametrize("form, state", [("the Bolivian government", "state:BOL"), ("Kenya's government", "state:KEN")])
def test_a_government_is_the_state(kb, form, state):
    assert kb.candidates(form)[0].actor.id == state


@pytest.mark.parametrize("form, actor_id, sector", [
    ("Air Self-Defense Force", "org:jasdf", "MIL"),
    ("Bundeswehr", "org:bundeswehr", "MIL"),
    ("FSB", "org:fsb", "SPY"),
    ("Shin Bet", "org:shin-bet", "SPY"),
    ("Senate Foreign Relations Committee", "org:us-senate-foreign-relations", "LEG"),
])
def test_listed_bodies(kb, form, actor_id, sector):
    actor = kb.candidates(form)[0].actor
    assert (actor.id, actor.sector) == (actor_id, sector)


@pytest.mark.parametrize("form, actor_id", [
    ("Ukraine's security service", "org:sbu"),    # the one SPY body the data lists for the state, by its own name
    ("Estonia's air defences", "org:est-defence-forces"),
])
def test_a_listed_body_takes_the_common_forms(kb, form, actor_id):
    assert kb.candidates(form)[0].actor.id == actor_id


def test_several_listed_bodies_take_no_common_form():
    from detente.kb.state_bodies import listed_body_ids
    found = listed_body_ids([("org:a", "XXX", "MIL", ["X Army"]), ("org:b", "XXX", "MIL", ["X Military Commission"]),
                             ("org:c", "YYY", "SPY", ["Y Intelligence Service"])])
    assert found[("XXX", "armed-forces")] is None and found[("YYY", "security-service")] == "org:c"
