"""Demands for redress (detente.nlp.trigger_redress): a government expecting another to investigate, punish,
apologise or comply makes a demand (PLOVER REQUEST); an investigation only asked for is the demand's content,
no investigation of its own. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    ("The ministry said it expected Lima to investigate the killings and punish those responsible.", "expected"),
    ("Hanoi expects Manila to apologise for the raid.", "expects"),
    ("Oslo said it expected Moscow to release the fishermen at once.", "expected"),
], ids=["investigate-punish", "apologise", "release"])
def test_expected_redress_is_a_demand(reader, text, word):
    assert trigger_of(reader, text, word).type == "REQUEST"


@pytest.mark.parametrize("text,word", [
    ("Economists expect growth to slow next year.", "expect"),  # a forecast
    ("We expect to investigate the matter ourselves.", "expect"),  # the speaker's own plan
])
def test_forecasts_are_no_demands(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "REQUEST"


@pytest.mark.parametrize("text,word", [
    ("Seoul urged Pyongyang to investigate the shooting.", "investigate"),
    ("The ministry said it expected Lima to investigate the killings and punish those responsible.", "investigate"),
    ("Tokyo demanded an investigation into the incident.", "investigation"),
    ("Ankara called for an inquiry into the crash.", "inquiry"),
], ids=["urged-to", "expected-to", "demanded-noun", "called-for"])
def test_investigation_asked_for_is_no_event(reader, text, word):
    assert trigger_of(reader, text, word) is None


def test_own_wish_to_investigate_stays(reader):
    found = trigger_of(reader, "Brussels wants to investigate the subsidies.", "investigate")
    assert found is not None and found.type == "ACCUSE"


def test_investigation_opened_stays(reader):
    found = trigger_of(reader, "Brussels opened an investigation into the subsidies.", "investigation")
    assert (found.type, found.mode) == ("ACCUSE", "investigate")
