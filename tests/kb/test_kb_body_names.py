"""A state's armed forces under the other words news uses for them (its services and command); and a state
named before a body never makes it another state's."""

from __future__ import annotations

import pytest

from detente.kb import load_default


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize("form, country", [
    ("Bolivian navy", "BOL"), ("Kenya's air force", "KEN"), ("Romanian general staff", "ROU"),
])
def test_services_and_command_are_the_armed_forces(kb, form, country):
    actor = kb.candidates(form)[0].actor
    assert actor.country == country and actor.sector == "MIL"


@pytest.mark.parametrize("form", ["Ruritanian defence department", "Australian Department of Defense"])
def test_state_prefix_never_picks_another_states_body(kb, form):
    """Guard: a body of the United States is not what "Australian ..." or an unknown state's names."""
    assert all(c.actor.country in {None, "AUS"} for c in kb.candidates(form))
