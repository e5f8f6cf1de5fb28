"""Quad class of a sentence's main event: CAMEO categories the lexicon and triggers must get right.

Every sentence here is written for these tests. The quad is CAMEO's five-way class of the main event's
code (0 statements and appeals, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict).
"""

from __future__ import annotations

import pytest

from detente.eval.codes import cameo_penta
from detente.eval.predict import predict_sentence
from detente.events.ontology import cameo_code
from trigger_words import trigger_of


def _quad(reader, text):
    return cameo_penta(predict_sentence(reader, text).cameo)


def _types(reader, text):
    return [e.type for e in reader.read(text, published="2025-06-01").events]


@pytest.mark.parametrize("text,quad", [
    # returning property or people is CAMEO 084 (material cooperation)
    ("Belgium returned a looted mask to Congo's national museum.", 2),
    # resigning accedes to a demand for a change in leadership (0831); refusing to yield is CAMEO 124
    ("The prime minister of Peru resigned on Monday after weeks of protests.", 2),
    ("Hamas will not release the Israeli hostages until the siege ends.", 3),
    # sent to keep a peace, to watch or to train: aid (074), not a show of force
    ("Uruguay deployed 400 peacekeepers in Congo last spring.", 2),
    ("Indian troops participated in a joint exercise with the Japanese navy.", 2),
    # an intended hostile act is a threat (13x); a called-off one a de-escalation (08x)
    ("The rebels threatened to bomb the airport in Kabul.", 3),
    ("Kenyan nurses called off their strike against the health ministry.", 2),
    # comments and appeals are CAMEO 01-02, before the act they are about
    ("Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.", 0),
    ("Mexico's president expressed condolences to Chile after the attack on a police station.", 0),
    ("The Norwegian prime minister sent a condolence message to the Kenyan president after the bombing in Nairobi.", 0),
    ("The UN secretary-general issued a plea to Russia to allow aid into Mariupol.", 0),
    ("The Brazilian foreign minister will call on Argentina to reopen the border.", 0),
])
def test_main_event_quad(reader, text, quad):
    assert _quad(reader, text) == quad


@pytest.mark.parametrize("text,word,type_", [
    ("Lebanon shortened curfew hours in Beirut.", "shortened", "CONCEDE"),
    ("Portugal accepted 300 Afghan refugees last week.", "accepted", "AID"),
    ("The mayor accepted the demands of the striking bus drivers.", "accepted", "CONCEDE"),
    ("A court in Ankara found the journalist guilty of espionage.", "found", "ACCUSE"),
    ("The president called the Canadian prime minister a liar.", "called", "ACCUSE"),
    ("The Nigerian air force began an operation against bandits in Zamfara.", "operation", "ASSAULT"),
    ("The two sides observed a cease-fire in the north.", "fire", "RETREAT"),
    ("Japan is mobilising funds for flood victims in Pakistan.", "mobilising", "AID"),
    ("The deployment of African Union observers to Sudan began on Monday.", "deployment", "AID"),
])
def test_trigger_by_category(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == type_


@pytest.mark.parametrize("text,word", [
    ("Three Turkish sailors were freed in Nigeria on Friday.", "freed"),
    ("The hostages were released by the militia.", "released"),
])
def test_passive_subject_is_the_object(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "RETREAT" and not found.needs_object


@pytest.mark.parametrize("text,word", [
    ("Brazil is working with Chile to fight the dengue epidemic.", "fight"),
    ("The senators said they agree with the governor about the budget.", "agree"),
    ("The ministry declined to comment on the allegations of torture.", "allegations"),
])
def test_no_event(reader, text, word):
    assert trigger_of(reader, text, word) is None


@pytest.mark.parametrize("args,code", [
    (("CONCEDE", None, "declined"), "124"),
    (("RETREAT", "release", "declined"), "124"),
    (("ASSAULT", None, "planned"), "138"),
    (("COERCE", "arrest", "planned"), "137"),
    (("PROTEST", None, "cancelled"), "080"),
    (("ASSAULT", None, "cancelled"), "087"),
    (("REQUEST", None, "planned", "020"), "020"),
])
def test_cameo_code_by_status(args, code):
    assert cameo_code(*args) == code
