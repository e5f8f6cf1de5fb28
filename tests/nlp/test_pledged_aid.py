"""Pledged aid and promised work: "pledged $50 million", "pledged help in rebuilding", "has committed to build
barracks" told as an adverbial clause (sentences written for these tests)."""

from __future__ import annotations

import pytest
from readout_helpers import trigger_status

PUBLISHED = "2024-10-08"

PLANNED = [
    # money pledged is given later
    ("Norway pledged $50 million to Moldova on Monday.", "AID", "pledged"),
    # aid or help pledged to a state is still to be given
    ("Japan pledged assistance to Ukraine on Monday.", "AID", "pledged"),
    ("Erdogan also pledged Turkish help in rebuilding a country ruined by war.", "AID", "pledged"),
    ("Brazil promised help to Bolivia after the floods.", "AID", "promised"),
    # a promised infinitive the parser hangs as an adverbial clause is still the promised work
    ("Under it, Latvia has committed to build depots and firing ranges for the Dutch troops.", "COOPERATE",
     "build"),
]


@pytest.mark.parametrize("text,type_,trigger", PLANNED, ids=[c[0][:40] for c in PLANNED])
def test_pledged_acts_are_planned(reader, text, type_, trigger):
    assert trigger_status(reader, text, type_, trigger, PUBLISHED) == "planned"


def test_promised_work_keeps_the_promiser_as_doer(reader):
    events = reader.read("Under it, Latvia has committed to build depots and firing ranges for the Dutch troops.",
                         published=PUBLISHED).events
    work = [e for e in events if e.type == "COOPERATE"]
    assert work and [r.country for r in work[0].source] == ["LVA"]
