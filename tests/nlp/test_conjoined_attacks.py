"""A force verb ("hit", "targeted") coordinated with an attack by the same subject, with an object and a place
of its own, tells a further attack; with no place of its own it tells none ("hit the record books").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _attacks(readout):
    return [e for e in readout.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, day", [
    ("Russia launched strikes on Kyiv on Monday and on Tuesday hit a power plant in Lviv.", "2024-05-14"),
    ("Russian jets bombed Ukrainian positions near Kharkiv on Friday and targeted Ukrainian ports on Saturday.",
     "2024-05-11"),
])
def test_a_coordinated_force_verb_is_a_further_attack(reader, text, day):
    attacks = _attacks(reader.read(text, published="2024-05-15"))
    assert len(attacks) == 2, [(e.trigger, e.date) for e in attacks]
    second = attacks[1]
    assert {r.country for r in second.source} == {"RUS"} and {r.country for r in second.target} == {"UKR"}
    assert second.date is not None and second.date.value == day


def test_a_force_verb_with_no_place_of_its_own_is_no_attack(reader):
    text = ("Russia launched strikes on Kyiv on Monday and hit the headlines across Europe, and on Tuesday hit a "
            "power plant in Lviv.")
    attacks = _attacks(reader.read(text, published="2024-05-15"))
    assert len(attacks) == 2, [(e.trigger, e.date) for e in attacks]
