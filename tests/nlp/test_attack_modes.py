"""A bare strike or hit takes the weapon the article gave the same attacker's blows on the same state; a pair
whose attacks were told with different weapons, or another attacker, leaves it bare.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _attacks(readout):
    return [e for e in readout.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, mode", [
    ("Russian warplanes bombed the outskirts of Kharkiv on Monday. Ukraine's army said Russia carried out strikes "
     "on its positions near Sumy on Wednesday.", "aerial"),
    ("Iranian drones attacked an Iraqi Kurdish base on Monday. On Thursday Iran carried out strikes on Iraqi border posts near Erbil.",
     "drone"),
])
def test_a_bare_strike_takes_the_same_attackers_weapon(reader, text, mode):
    attacks = _attacks(reader.read(text, published="2024-05-17"))
    assert len(attacks) == 2, [(e.trigger, e.mode) for e in attacks]
    assert [e.mode for e in attacks] == [mode, mode]


def test_only_the_same_attackers_strike_takes_the_weapon(reader):
    text = ("Russian artillery shelled the outskirts of Kharkiv on Monday. Ukraine carried out strikes on Russian "
            "positions near Belgorod on Tuesday. Russia carried out strikes on Ukrainian positions near Sumy on "
            "Wednesday.")
    modes = {frozenset(r.country for r in e.source): e.mode for e in _attacks(reader.read(text, published="2024-05-17"))}
    # Ukraine's strikes take no Russian weapon; bare, they are strikes from afar (aerial)
    assert modes == {frozenset({"RUS"}): "heavy-weapons", frozenset({"UKR"}): "aerial"}, modes


@pytest.mark.parametrize("text, mode", [
    ("Israeli strikes on Iranian nuclear sites killed dozens on Friday.", "aerial"),
    ("A Russian missile and drone attack on Kyiv killed 12 people on Thursday.", "aerial"),
    ("Russia carried out artillery strikes on Ukrainian positions near Kharkiv on Monday.", "heavy-weapons"),
])
def test_strikes_from_afar_are_aerial(reader, text, mode):
    assert mode in [e.mode for e in _attacks(reader.read(text, published="2024-05-17"))]
