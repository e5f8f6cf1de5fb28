"""Verbal conflict said without a verb of criticism (detente.nlp.trigger_judgements, trigger_accusations,
trigger_threats): a verdict told in a copula ("said the move was unjustified") or conduct that fell short ("had
done nothing to help") is ACCUSE disapprove, told by a charging verb ("charged that X had done nothing") or as
"accused X of aggression" an allegation (records' ACCUSE convention); a protest handed or lodged by a government is ACCUSE disapprove
(PLOVER: diplomatic protests), not a demonstration; reserving the right to respond is a threat.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of

DISAPPROVALS = [
    ("Lima said the decision was unjustified and unacceptable.", "said"),
    ("The envoy said it was disrespectful of Quito to raise the matter in public.", "said"),
    ("Oslo stated that the new quota was a provocation.", "stated"),
    ("Bogota said Caracas had failed to stop the armed groups crossing the border.", "said"),
]


@pytest.mark.parametrize("text,word", DISAPPROVALS, ids=[
    "copula-adjectives", "it-was-of-x", "copula-noun", "failed-to"])
def test_verdicts_on_conduct_are_disapproval(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text,word", [
    ("They charged that Abuja had done nothing to help them against the insurgents.", "charged"),
    ("The president accused Chile of waging an economic aggression against his country.", "accused"),
    ("Hanoi accused Manila of hypocrisy over the fishing ban.", "accused"),
], ids=["done-nothing", "charged-aggression", "charged-hypocrisy"])
def test_charged_conduct_is_allegation(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("ACCUSE", "allege")


@pytest.mark.parametrize("text,word", [
    ("What the army did in the valley, the minister said, was not a defence but a massacre.", "said"),
    ("The envoy said there had been repeated violations of the truce by the rebels.", "said"),
    ("Kigali stated that the shelling of the camps was a war crime.", "stated"),
], ids=["not-a-but-b-parenthesis", "there-were-violations", "copula-crime"])
def test_acts_named_as_crimes_are_allegations(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("ACCUSE", "allege")


@pytest.mark.parametrize("text,word", [
    ("The minister said the situation was dangerous.", "said"),  # a state of things, not conduct judged
    ("The minister said arming the rebels would be a grave mistake.", "said"),  # supposed: a warning
    ("We said we were not ready but the talks were useful.", "said"),
    ("The minister said the weather was not good.", "said"),
    ("The envoy said the talks had failed to produce a deal.", "said"),  # no party fell short
])
def test_no_verdict_on_conduct(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "ACCUSE"


@pytest.mark.parametrize("text", [
    "Accra accused Lome of firing on its patrol boats.",  # a deed alleged
])
def test_deed_charged_stays_allegation(reader, text):
    assert trigger_of(reader, text, "accused").mode == "allege"


PROTESTS = [
    ("Riga summoned the envoy and handed him a note of protest.", "protest"),
    ("The ambassador was handed the protest note at the ministry.", "protest"),
    ("The ministry delivered a protest to the chargé d'affaires.", "protest"),
]


@pytest.mark.parametrize("text,word", PROTESTS, ids=["note-of-protest", "protest-note", "delivered"])
def test_diplomatic_protest_is_disapproval(reader, text, word):
    found = trigger_of(reader, text, word)
    assert (found.type, found.mode) == ("ACCUSE", "disapprove")


def test_street_protest_stays_protest(reader):
    assert trigger_of(reader, "Thousands joined a protest outside the parliament.", "protest").type == "PROTEST"


@pytest.mark.parametrize("text,word", [
    ("Doha said it reserved the right to respond to the raid.", "reserved"),
    ("Lima said it reserves the right to take all necessary measures against the vessels.", "reserves"),
    ("Ankara reserved the right to retaliate.", "reserved"),
])
def test_reserved_right_to_answer_is_a_threat(reader, text, word):
    assert trigger_of(reader, text, word).type == "THREATEN"


def test_reserved_right_to_other_things_is_no_threat(reader):
    found = trigger_of(reader, "The firm reserved the right to change its prices.", "reserved")
    assert found is None or found.type != "THREATEN"
