"""Contacts and visits told by phrases (detente.nlp.trigger_topics): a telephone call told by "X called Y",
setting out for a capital, a stop at a named place, keeping in contact. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    # calling a named leader or state is a telephone call
    ("Erdogan called Putin on Tuesday to discuss the grain corridor.", "called"),
    ("Lula called Macron late on Friday.", "called"),
    ("The chancellor rang his Polish counterpart on Monday.", "rang"),
])
def test_calling_a_leader_is_a_phone_call(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("CONSULT", "phone")


@pytest.mark.parametrize("text,word", [
    # naming, appeals and summons with "call" are no telephone call
    ("Erdogan called Putin a reliable partner.", "called"),
    ("The president called elections for June.", "called"),
    ("Lula called off the visit to Beijing.", "called"),
])
def test_naming_or_calling_off_is_no_phone_call(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.mode != "phone"


@pytest.mark.parametrize("text,word", [
    # setting out for a named capital, or a stop at a named place, is a visit
    ("Olaf Scholz left for Vienna on Tuesday evening.", "left"),
    ("The Chinese premier departed for Canberra after the talks.", "departed"),
])
def test_setting_out_for_a_capital_is_a_visit(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("CONSULT", "visit")


def test_leaving_a_place_is_no_visit(reader):
    assert trigger_of(reader, "Olaf Scholz left Moscow on Tuesday evening.", "left") is None


@pytest.mark.parametrize("text,word,expected", [
    ("Blinken made a brief stop in Hanoi on his way home.", "stop", ("CONSULT", "visit")),
    ("The secretary used a stopover at Ramstein Air Base to meet troops.", "stopover", ("CONSULT", "visit")),
    ("The council wants to put a stop to the fighting.", "stop", None),
])
def test_stop_at_place_is_a_visit(reader, text, word, expected):
    found = trigger_of(reader, text, word)
    assert (found.type, found.mode) == expected if expected else found is None


@pytest.mark.parametrize("text,word", [
    ("The foreign ministers said they would keep in regular contact on the crisis.", "keep"),
    ("Both sides promised to stay in touch ahead of the summit.", "stay"),
    ("Tokyo and Seoul will maintain communication on the missile launches.", "maintain"),
])
def test_keeping_in_contact_is_further_talks(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "CONSULT"
