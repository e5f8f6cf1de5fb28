"""Knowledge-base data: religious honorifics, the parliament speaker's office, sectors by PLOVER's
definitions and concurrent offices. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _actors(reader, text, published="2025-05-14"):
    return {a.name: a for a in reader.read(text, published=published).actors}


@pytest.mark.parametrize("text, name, country", [
    ("Mullah Mohammad Yaqoob toured the border posts on Friday.", "Mohammad Yaqoob", "AFG"),
])
def test_a_religious_honorific_is_stripped_before_the_name(reader, text, name, country):
    assert _actors(reader, text)[name].country == country


def test_a_parliament_speaker_named_by_office_is_its_holder(reader):
    actors = _actors(reader, "Lebanon's parliament speaker said on Tuesday that the vote would wait.")
    berri = actors.get("Nabih Berri")
    assert berri is not None and berri.sector == "LEG"


@pytest.mark.parametrize("text, name, sector", [
    # PLOVER: PRM is a paramilitary not in opposition to its government; the army is MIL
    ("Hezbollah fired rockets at a border town on Sunday.", "Hezbollah", "PRM"),
    ("The Lebanese army moved into the southern villages on Sunday.", "Lebanese Army", "MIL"),
])
def test_sectors_follow_plover_definitions(reader, text, name, sector):
    assert _actors(reader, text)[name].sector == sector


@pytest.mark.parametrize("text, name, words", [
    ("Crown Prince Mohammed bin Salman received the envoy in Riyadh.", "Mohammed bin Salman", {"Crown Prince", "Prime Minister"}),
    ("Kim Jong Un inspected a missile factory.", "Kim Jong Un", {"Supreme Leader", "General Secretary"}),
    ("Dmitry Peskov told reporters the Kremlin had no comment.", "Dmitry Peskov", {"Kremlin spokesman"}),
    ("Lin Jian told a briefing in Beijing that China opposed the sale.", "Lin Jian", {"Ministry of Foreign Affairs"}),
])
def test_a_role_lists_the_offices_held_together(reader, text, name, words):
    role = _actors(reader, text)[name].role or ""
    assert all(w in role for w in words)
