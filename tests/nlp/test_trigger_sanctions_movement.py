"""Sanctions on movement and routine exchanges (detente.nlp.trigger_sanctions): another state's trucks or goods
held back at the border, crossings kept closed. Every sentence here is written for
these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


def _typed(found):
    return None if found is None else (found.type, found.mode)


@pytest.mark.parametrize("text,word", [
    # curbing the movement of another state's vehicles or goods curtails commerce (SANCTION 'discontinue')
    ("Hungary on Monday restricted the movement of Polish-registered lorries.", "restricted"),
    ("Serbia limited transit for Croatian trucks after the quarrel.", "limited"),
    ("Latvia barred Russian-registered cars from entering its territory.", "barred"),
    ("Kazakhstan halted the movement of freight wagons bound for Kyrgyzstan.", "halted"),
    # a closed crossing held closed: the keeping verb carries the passage
    ("The Estonian cabinet decided to keep the border crossings closed until March.", "closed"),
    ("Athens kept the frontier sealed for another week.", "sealed"),
])
def test_curbed_movement_is_a_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) == ("SANCTION", "discontinue")


@pytest.mark.parametrize("text,word", [
    # curbs on people's movement, or on local traffic, reduce no exchange between states
    ("The army restricted the movement of protesters in the capital.", "restricted"),
    ("Police restricted traffic in the city centre for the marathon.", "restricted"),
    ("The storm kept the harbour closed for two days.", "closed"),
])
def test_other_curbs_are_no_sanction(reader, text, word):
    assert _typed(trigger_of(reader, text, word)) != ("SANCTION", "discontinue")
