"""Triggers for incidents between forces and for words a lexicon mistypes (detente.nlp.trigger_incidents):
close encounters of warplanes and warships, missile tests, vows of reprisal, exchanges of people and protests
called off. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


def _events(reader, text, published="2025-06-01"):
    return reader.read(text, published=published).events


@pytest.mark.parametrize("text,word,type_,mode", [
    # a force's craft that flies or sails close to another side's, or hounds it: a show of force
    ("A Chinese fighter jet flew within twenty metres of a Canadian patrol aircraft.", "flew", "MOBILIZE", "weapons"),
    ("Two Russian bombers flew near the coast of Alaska on Monday.", "flew", "MOBILIZE", "weapons"),
    ("A Russian warship sailed close to the Danish coast.", "sailed", "MOBILIZE", "weapons"),
    ("Iranian speedboats buzzed an American destroyer in the Gulf.", "buzzed", "MOBILIZE", "weapons"),
    ("Chinese coast guard vessels shadowed a Malaysian survey ship.", "shadowed", "MOBILIZE", "weapons"),
    ("Dutch F-35 jets intercepted two Russian bombers over the North Sea.", "intercepted", "MOBILIZE", "weapons"),
    ("Norway intercepted two Russian bombers near its coast.", "intercepted", "MOBILIZE", "weapons"),
    # vessels of two sides that collide or face off
    ("Vietnamese and Chinese boats collided near the reef on Tuesday.", "collided", "MOBILIZE", "weapons"),
    ("Korean and Japanese patrol ships confronted each other near the rocks.", "confronted", "MOBILIZE", "weapons"),
    # a missile test shows weapons; missiles fired at a place are an aerial assault
    ("Pyongyang fired a ballistic missile into the sea off its east coast.", "fired", "MOBILIZE", "weapons"),
    ("Tehran tested a new medium-range missile last week.", "tested", "MOBILIZE", "weapons"),
    ("Islamabad conducted a missile test on Friday.", "test", "MOBILIZE", "weapons"),
    ("Pyongyang carried out a nuclear test in September.", "test", "MOBILIZE", "weapons"),
    ("The army fired rockets at Kharkiv overnight.", "fired", "ASSAULT", "aerial"),
    # a vow of reprisal is a threat
    ("The ministry said Moscow would retaliate if Oslo hosted the base.", "retaliate", "THREATEN", None),
    ("Beijing said it will take resolute countermeasures against Manila.", "take", "THREATEN", None),
    ("Seoul said it would respond firmly if the drills went ahead.", "respond", "THREATEN", None),
    ("Iran vowed to retaliate against Israel.", "retaliate", "THREATEN", None),
    # an exchange of people is cooperation, told by the verb that furthers it; an exchange of fire a clash
    ("Brazil and Japan agreed to expand student exchanges.", "expand", "COOPERATE", None),
    ("The two academies signed a deal on scholar exchanges.", "exchanges", "COOPERATE", None),
    ("Troops reported an exchange of fire along the frontier.", "exchange", "ASSAULT", None),
    # calling off a protest concedes (PLOVER CONCEDE: suspending protests)
    ("The two parties agreed to postpone the demonstration.", "postpone", "CONCEDE", None),
    ("The farmers' union suspended its boycott of the port.", "suspended", "CONCEDE", None),
])
def test_typed(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize("text,word", [
    # a missile fired is told by the verb
    ("Pyongyang fired a ballistic missile into the sea off its east coast.", "missile"),
    # intercepting a drone is air defence; a civilian boat is no force's craft
    ("Israel intercepted a drone launched from Yemen.", "intercepted"),
    ("The navy intercepted a boat carrying migrants.", "intercepted"),
    ("A Turkish aid ship sailed into the port of Gaza.", "sailed"),
    ("Norwegian and Dutch fishing boats collided in the fog.", "collided"),
    # a reprisal told as done, and measures that are no reprisal
    ("Iran retaliated with a barrage of drones.", "retaliated"),
    ("The cabinet will take measures to boost growth.", "take"),
    # a warning that one will retaliate is the one threat
    ("Beijing warned that it would take resolute countermeasures against Manila.", "take"),
    # trade and economic exchanges are no prisoner swap; a protest called off is told by the verb
    ("Beijing called its commerce with Tehran normal economic exchanges.", "exchanges"),
    ("India described its oil purchases as ordinary trade exchanges.", "exchanges"),
    ("Brazil and Japan agreed to expand student exchanges.", "exchanges"),
    ("The two parties agreed to postpone the demonstration.", "demonstration"),
])
def test_not_typed_here(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None


def test_flight_by_person_stays_visit(reader):
    """People, not craft, that fly somewhere visit."""
    found = trigger_of(reader, "The Kenyan minister flew to Paris for talks.", "flew")
    assert found is not None and (found.type, found.mode) == ("CONSULT", "visit")


def test_prisoner_exchange_kept(reader):
    """An exchange of captives stays the lexicon's release."""
    found = trigger_of(reader, "Kyiv and Moscow carried out a prisoner exchange on Friday.", "exchange")
    assert found is not None and (found.type, found.mode) == ("RETREAT", "release")


@pytest.mark.parametrize("text,type_,status", [
    ("Brazil and Japan agreed to expand student exchanges.", "COOPERATE", "planned"),
    ("The two parties agreed to postpone the demonstration.", "CONCEDE", "planned"),
    # a vowed reprisal is a threat already made (nlp/threat_acts.py), on a condition or not: the reprisal lies
    # ahead, the "if" is the threat's condition (examples/README.md, "Status conventions")
    ("The ministry said Moscow would retaliate if Oslo hosted the base.", "THREATEN", "occurred"),
    ("The ministry said Moscow would retaliate against any new base.", "THREATEN", "occurred"),
])
def test_event_and_status(reader, text, type_, status):
    """The act under "agreed to" / "would" is planned (hypothetical on a condition), and the people or
    protest named is no event."""
    events = _events(reader, text)
    assert any(e.type == type_ and e.status == status for e in events)
    assert not any(e.type == "RETREAT" or e.type == "PROTEST" for e in events)


@pytest.mark.parametrize("text,expected", [
    ("The border guards fired warning shots on Sunday.", None),  # a time, not "fire on"
    ("Police fired on the marchers in the square.", ("ASSAULT", "firearms")),
])
def test_fire_on_a_day(reader, text, expected):
    found = trigger_of(reader, text, "fired")
    assert ((found.type, found.mode) if found else None) == expected


@pytest.mark.parametrize("text,word", [
    # a vow to answer another side's act in kind, or to answer its attack, threatens (PLOVER THREATEN)
    ("Tehran said the Islamic Republic would respond appropriately.", "respond"),
    ("Beijing said it would respond in kind to any new duties.", "respond"),
    ("Moscow said it would respond to the drone attack on its airfields.", "respond"),
    ("The minister said Seoul would have to respond to the missile strike.", "respond"),
])
def test_vowed_answer_is_a_threat(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "THREATEN"


@pytest.mark.parametrize("text,word", [
    # answering a question or a letter is no reprisal
    ("Seoul said it would respond to the question next week.", "respond"),
    ("The ministry said it would respond to the letter in due course.", "respond"),
])
def test_reply_is_no_threat(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "THREATEN"
