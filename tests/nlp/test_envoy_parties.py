"""The envoys a diplomatic sanction moves stay in the record (session 13): a recalled envoy on the recalling
side, an expelled one on the other side, and a diplomat's name the tagger missed read beside its role.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _names(side) -> list[str]:
    return [a.name for a in side]


@pytest.mark.parametrize("text", [
    "Chile said it was pulling out its ambassador, Pedro Alvarado, and two other diplomats from Lima.",
    "Chile recalled its ambassador from Lima for consultations on Tuesday. Ambassador Pedro Alvarado is "
    "returning to Santiago.",
])
def test_a_recalled_envoy_stays_on_the_recalling_side(reader, text):
    events = reader.read(text, published="2025-04-16").events
    recall = next(e for e in events if e.type == "SANCTION" and e.mode == "withdraw")
    assert "Pedro Alvarado" in _names(recall.source)
    assert {a.country for a in recall.source} == {"CHL"}


def test_an_envoy_declared_persona_non_grata_is_the_target(reader):
    text = ("President Donald Trump met his Chilean counterpart, Gabriel Boric, in the Oval Office on Wednesday. "
            "In March, Secretary of State Marco Rubio declared Ambassador Pedro Alvarado persona non grata after "
            "the envoy criticised the administration.")
    declared = next(e for e in reader.read(text, published="2025-05-22").events if e.trigger == "declared")
    envoy = next(a for a in declared.target if a.name == "Pedro Alvarado")
    assert envoy.country == "CHL"


@pytest.mark.parametrize("text, name, country", [
    ("Foreign Minister Penny Wong summoned Tan Mei, the acting head of the Chinese embassy, on Monday.",
     "Tan Mei", "CHN"),
])
def test_a_name_the_tagger_missed_is_read_beside_its_role(reader, text, name, country):
    actors = {a.name: a for a in reader.read(text, published="2024-08-28").actors}
    assert actors[name].country == country
    assert "embassy" in (actors[name].role or "")
