"""Typing rules of detente.nlp.triggers (offers of troops, failed agreements, doers' claims, passive objects),
with sentences written for these tests."""

from __future__ import annotations

import pytest

from detente.eval.codes import cameo_penta
from detente.eval.predict import predict_sentence
from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,type_", [
    # troops offered to help are aid (CAMEO 074), their offer an intent to cooperate
    ("Rwanda has offered to send troops to Mozambique to help the army.", "send", "AID"),
    ("Ghana is ready to contribute soldiers to a UN force in Mali.", "contribute", "AID"),
    # failing to reach a deal is no agreement
    ("Serbia and Kosovo failed to reach a deal on licence plates.", "reach", "REJECT"),
    # pledging support is said, not given
    ("The Dutch premier pledged his government's support for the Kenyan plan.", "pledged", "SUPPORT"),
    # a passive subject is the object: "sanctions were lifted" concedes
    ("Military aid to Niger was suspended by France in August.", "suspended", "SANCTION"),
    # conferring an honour is praise; conferring with someone is talks
    ("The Omani sultan conferred the Order of Oman on the visiting Indonesian president.", "conferred", "SUPPORT"),
    ("The Thai king bestowed a royal decoration on the Lao premier.", "bestowed", "SUPPORT"),
    ("The Peruvian foreign minister conferred with his Chilean counterpart in Lima.", "conferred", "CONSULT"),
])
def test_trigger_typing(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == type_


@pytest.mark.parametrize("text,word", [
    ("The militia claimed that it had attacked the army post near Beni.", "attacked"),
    ("The insurgents claimed that they had shelled the airport in Goma.", "shelled"),
])
def test_doers_claim_is_a_statement(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.cameo == "015"


@pytest.mark.parametrize("text,quad", [
    ("Rwanda has offered to send troops to Mozambique to help the army.", 1),
    ("Serbia and Kosovo failed to reach a deal on licence plates.", 3),
    ("The insurgents claimed that they had shelled the airport in Goma.", 0),
])
def test_typing_quad(reader, text, quad):
    assert cameo_penta(predict_sentence(reader, text).cameo) == quad


@pytest.mark.parametrize("text,word,type_", [
    # violence and coercion named by a noun or a verb the lexicon lacked
    ("The report blamed the militia for the killings of farmers in Ituri.", "killings", "ASSAULT"),
    ("The journalist died in custody after torture by prison guards.", "torture", "ASSAULT"),
    ("Iran launched cyber warfare against Albanian government servers.", "warfare", "COERCE"),
    ("The junta outlawed the main opposition party in May.", "outlawed", "COERCE"),
    ("The gunmen held dozens of villagers as human shields near Marawi.", "shields", "ASSAULT"),
])
def test_lexicon_additions(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == type_


def test_closing_a_border_is_material_conflict(reader):
    assert cameo_penta(predict_sentence(reader, "Hungary closed its border with Serbia on Tuesday.").cameo) == 4


def test_passive_object_is_coded_with_its_verb(reader):
    assert trigger_of(reader, "Military aid to Niger was suspended by France in August.", "aid") is None


@pytest.mark.parametrize("text,verb,noun,type_", [
    # a relative clause with its own subject: the noun it describes is the verb's object
    ("Both capitals hailed the trade deal their negotiators struck in March.", "struck", "deal", "AGREE"),
    ("Farmers missed the aid that Washington froze in January.", "froze", "aid", "SANCTION"),
    ("The ministers discussed the sanctions the bloc lifted last spring.", "lifted", "sanctions", "CONCEDE"),
])
def test_relative_clause_object_decides_the_verb(reader, text, verb, noun, type_):
    found = trigger_of(reader, text, verb)
    assert found is not None and found.type == type_
    assert trigger_of(reader, text, noun) is None  # the verb and its object code one event


@pytest.mark.parametrize("text,verb", [
    ("The missiles that struck the port were fired from the coast.", "struck"),
    ("Villagers fled the drones that struck overnight.", "struck"),
])
def test_relative_clause_with_a_relative_subject_keeps_its_reading(reader, text, verb):
    found = trigger_of(reader, text, verb)
    assert found is not None and found.type == "ASSAULT"


@pytest.mark.parametrize("text,status", [
    # a "between" phrase names the parties of the talks, as an object would
    ("Ghana and Togo launched a dialogue between their interior ministers on Monday.", "occurred"),
    ("Peru and Chile agreed to open a dialogue between their navies.", "planned"),
])
def test_talks_between_named_parties_are_coded(reader, text, status):
    events = reader.read(text, published="2025-03-10").events
    assert any(e.type == "CONSULT" and e.status == status for e in events), [(e.type, e.status) for e in events]


@pytest.mark.parametrize("text,expected", [
    ("Ankara has sought his extradition for a decade.", "REQUEST"),
    ("Manila sought the handover of the suspect from Tokyo.", "REQUEST"),
    ("The company sought a new chief executive.", None),
])
def test_seeking_a_handover_is_a_request(reader, text, expected):
    found = trigger_of(reader, text, "sought")
    assert (found.type if found else None) == expected, found
