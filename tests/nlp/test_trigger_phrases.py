"""Triggers a phrase decides (detente.nlp.trigger_phrases): each rule with sentences written for these tests.

The quad is CAMEO's five-way class of the main event's code (0 statements and appeals, 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
"""

from __future__ import annotations

import pytest

from detente.eval.codes import cameo_penta
from detente.eval.predict import predict_sentence
from trigger_words import trigger_of


def _main(reader, text):
    return predict_sentence(reader, text)


@pytest.mark.parametrize("text,word,type_,mode", [
    # labour strikes are protests, with no target of their own
    ("Bus drivers in Santiago went on strike over unpaid wages.", "strike", "PROTEST", "strike"),
    ("Port workers in Rotterdam staged a strike on Friday.", "strike", "PROTEST", "strike"),
    ("Unions in Lagos called a general strike for next week.", "strike", "PROTEST", "strike"),
    ("Nurses at two hospitals in Quito stopped work for six hours.", "stopped", "PROTEST", "strike"),
    ("Dozens of farmers in Punjab took part in a hunger strike outside the assembly.", "strike", "PROTEST", "hunger"),
    # a state of emergency or siege is PLOVER COERCE 'martial-law'
    ("The Peruvian government declared a state of emergency in the southern provinces.", "state", "COERCE",
     "martial-law"),
    ("Ecuador's president imposed a state of siege on two coastal cities.", "state", "COERCE", "martial-law"),
    # raised readiness is a mobilisation
    ("Kenyan police were placed on high alert ahead of the vote.", "alert", "MOBILIZE", "troops"),
    # withdrawing peacekeepers or observers reduces relations (PLOVER SANCTION 'withdraw')
    ("Fiji withdrew its peacekeepers from the Golan Heights in June.", "withdrew", "SANCTION", "withdraw"),
    ("The regional bloc ended its mediation efforts between the two governments.", "ended", "SANCTION", "withdraw"),
    ("Norway announced a suspension of development aid to Mali.", "suspension", "SANCTION", "discontinue"),
    # an effort named by its talk verb is the talks it halts
    ("Oman suspended its efforts to mediate between the two militias.", "suspended", "SANCTION", "withdraw"),
    ("Ghana halted its attempt to negotiate a truce in the north.", "halted", "SANCTION", "withdraw"),
    # ending relations or a partnership reduces relations (PLOVER SANCTION 'discontinue')
    ("Belize ended relations with Guatemala on Monday.", "ended", "SANCTION", "discontinue"),
    ("Canada suspended its strategic partnership with Chile.", "suspended", "SANCTION", "discontinue"),
    # a ceasefire violation is a use of force
    ("Militias in the east violated the truce twice on Sunday.", "violated", "ASSAULT", None),
    # freeing people, named by a noun
    ("Qatar announced the release of four Nepali workers held by the militia.", "release", "RETREAT", "release"),
    # taking in refugees and peacekeepers arriving are aid
    ("Uganda opened its borders to refugees from South Sudan.", "opened", "AID", None),
    ("Bangladeshi peacekeepers arrived in Bangui on Tuesday.", "arrived", "AID", None),
    # people let in across a border, named by nationality, are taken in (aid)
    ("Jordan opened its borders to Iraqis fleeing the fighting in Mosul.", "opened", "AID", None),
    # a forum's conclusion that another must act is a demand
    ("The climate forum concluded that Australia must cut its coal exports.", "cut", "REQUEST", "change"),
    # money given is aid
    ("Japan pledged 40 million dollars to the flood appeal in Pakistan.", "pledged", "AID", None),
    # sending investigators is an investigation
    ("Poland sent a team of prosecutors to investigate the crash near Smolensk.", "sent", "ACCUSE", "investigate"),
    # a demand reported as what another must do
    ("Brazil said that Venezuela must guarantee free elections.", "guarantee", "REQUEST", "change"),
])
def test_phrase_trigger(reader, text, word, type_, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize("text,word", [
    # the phrase's object or a describing word is no event of its own
    ("Militias in the east violated the truce twice on Sunday.", "truce"),
    ("The regional bloc ended its mediation efforts between the two governments.", "mediation"),
    ("Poland sent a team of prosecutors to investigate the crash near Smolensk.", "investigate"),
    ("Protest leaders in Lagos met the labour minister on Monday.", "protest"),
    ("Settlers built forty homes in the occupied West Bank last year.", "occupied"),
    ("Officials inspected the besieged town of Kobani on Monday.", "besieged"),
    ("Farmers in Punjab are participating in a hunger strike outside the state assembly.", "participating"),
    # a strike that is ended is told by the ending verb (a concession)
    ("The teachers' union will not end the strike before the talks.", "strike"),
])
def test_no_event_of_its_own(reader, text, word):
    assert trigger_of(reader, text, word) is None


def test_ending_a_strike_concedes(reader):
    found = trigger_of(reader, "The teachers' union will not end the strike before the talks.", "end")
    assert found is not None and found.type == "CONCEDE"


@pytest.mark.parametrize("text", [
    "A drone strike on the depot killed two guards.",
    "The Turkish strike killed two guards.",  # a state's strike, with no weapon or target named
])
def test_military_strike_is_no_labour_strike(reader, text):
    found = trigger_of(reader, text, "strike")
    assert found is not None and found.type == "ASSAULT"


@pytest.mark.parametrize("text,quad", [
    ("Bus drivers in Santiago went on strike over unpaid wages.", 4),
    ("The Peruvian government declared a state of emergency in the southern provinces.", 4),
    ("Fiji withdrew its peacekeepers from the Golan Heights in June.", 3),
    ("Armenian forces breached the ceasefire along the border with Azerbaijan on Monday.", 4),
    ("The African Union ended its mediation efforts between Sudan and South Sudan.", 3),
    ("Uganda opened its borders to refugees from South Sudan.", 2),
    ("Poland sent a team of prosecutors to Russia to investigate the crash.", 3),
    ("Argentina said that Chile must return the fishing boats.", 3),
    ("Spain's prime minister attended a memorial ceremony in Madrid.", 0),
])
def test_phrase_quad(reader, text, quad):
    assert cameo_penta(_main(reader, text).cameo) == quad


@pytest.mark.parametrize("text", [
    "Riot police used water cannon against farmers outside parliament on Monday.",
    "Border guards fired tear gas at migrants trying to cross the fence.",
    "The Vietnamese navy fired water cannon at a fishing trawler on Friday.",
    "Officers dispersed the march with batons and pepper spray.",
])
def test_less_lethal_weapons_are_crowd_control_assaults(reader, text):
    events = reader.read(text, published="2025-02-10").events
    assert [(e.type, e.mode) for e in events][:1] == [("ASSAULT", "crowd-control")]
