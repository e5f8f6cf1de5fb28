"""Triggers for people let go from custody (detente.nlp.trigger_custody): captives handed over, people held
abroad flown home, migrants taken back. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    # handing people to a go-between or to their own side frees them
    ("The rebels handed two Peruvian engineers to the Red Cross on Monday.", "handed"),
    ("The militia turned the detained sailors over to their embassy.", "turned"),
    ("Guerrillas handed over four hostages to a church delegation.", "handed"),
])
def test_handed_captives_are_released(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("RETREAT", "release")


@pytest.mark.parametrize("text,word", [
    # goods or power handed over are no release; people flown home who were never held are not freed
    ("The army handed the letter to the mediators.", "handed"),
    ("Tourists stranded by the storm were flown home on Sunday.", "flown"),
])
def test_handing_things_or_flying_travellers_is_no_release(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "RETREAT"


@pytest.mark.parametrize("text,word", [
    # people told as held, carried home, are released
    ("Three Canadians detained in Iran were flown home late on Tuesday.", "flown"),
    ("A navy plane brought the hostages home from Tripoli.", "brought"),
])
def test_held_people_flown_home_are_released(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("RETREAT", "release")


@pytest.mark.parametrize("text,word", [
    # readmitting people another state sends away yields to its demand
    ("Guatemala agreed to take back its migrants from Texas.", "take"),
    ("Tunisia will accept back deportees on charter flights.", "accept"),
    ("Morocco promised to readmit nationals who entered Spain illegally.", "readmit"),
])
def test_taking_back_migrants_is_a_concession(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "CONCEDE"


@pytest.mark.parametrize("text,word,kind", [
    ("Bogota sent two suspects to Spain for trial.", "sent", "COOPERATE"),
    ("Quito handed four smugglers, among them a former mayor, to Colombia to face charges.", "handed", "COOPERATE"),
    ("Kenya sent troops to Haiti to face the gangs.", "sent", "MOBILIZE"),
    ("The ministry sent a letter to the court about the charges he would face.", "sent", None),
])
def test_handed_for_trial(reader, text, word, kind):
    found = trigger_of(reader, text, word)
    assert (found.type if found is not None else None) == kind, found
