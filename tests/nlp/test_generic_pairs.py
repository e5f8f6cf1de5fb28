"""Unnamed joint acts (session 9): "negotiators settled on the map", "the next round will be held in X",
"a truce agreed on Friday", "each government blamed the other" take the one pair of states told around
them; with a rival pair nearby they take none. An agreement of two bare states takes the people of the
meeting told with it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"


def events_in(reader, text, sentence_start):
    return [e for e in reader.read(text, published=PUBLISHED).events if e.evidence.sentence.startswith(sentence_start)]


def sides(event) -> tuple[set, set]:
    return {a.country for a in event.source}, {a.country for a in event.target}


LEAD = "Vietnam and Cambodia held border talks in Hanoi on Tuesday, and Cambodia thanked Vietnam for its help."


@pytest.mark.parametrize("sentence, start, kind", [
    ("A ministry spokesman said on Wednesday that negotiators had settled on a new demarcation map.",
     "A ministry spokesman", "AGREE"),
    ("The spokesman said the next round would take place in Phnom Penh on March 30.", "The spokesman", "CONSULT"),
    ("He added that the accord would lead to the disengagement of troops along the river.", "He added", "RETREAT"),
])
def test_unnamed_joint_act_takes_the_told_pair(reader, sentence, start, kind):
    found = [e for e in events_in(reader, f"{LEAD} {sentence}", start) if e.type == kind]
    assert found and {frozenset(sides(e)[0] | sides(e)[1]) for e in found} == {frozenset({"VNM", "KHM"})}


def test_a_truce_agreed_takes_the_told_pair(reader):
    text = ("Armenian troops shelled Azerbaijani positions on Monday. "
            "A three-day truce agreed on Saturday was broken within hours by Azerbaijani drone strikes in Armenia.")
    found = [e for e in events_in(reader, text, "A three-day truce") if e.type == "AGREE"]
    assert found and sides(found[0]) in [({"ARM"}, {"AZE"}), ({"AZE"}, {"ARM"})]


def test_each_blaming_the_other_is_two_charges(reader):
    text = ("Armenian troops shelled Azerbaijani positions on Monday. "
            "The shooting went on for hours, with each government blaming the other for the first shots.")
    found = [sides(e) for e in events_in(reader, text, "The shooting") if e.type == "ACCUSE"]
    assert ({"ARM"}, {"AZE"}) in found and ({"AZE"}, {"ARM"}) in found


def test_no_pair_when_a_rival_pair_is_told_nearby(reader):
    text = (f"{LEAD} Japan and Brazil held trade talks in Tokyo on Tuesday, and Brazil thanked Japan for its offer. "
            "A spokesman said on Wednesday that negotiators had settled on a new map.")
    assert not [e for e in events_in(reader, text, "A spokesman") if e.type == "AGREE"]


def test_agreement_of_two_states_takes_the_people_who_met(reader):
    text = ("Serbia and Kosovo agreed on Monday to reopen a border crossing. "
            "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held talks in Brussels.")
    agreed = [e for e in events_in(reader, text, "Serbia and Kosovo") if e.type == "AGREE"]
    people = {a.country for e in agreed for a in e.source + e.target if a.name not in {"Serbia", "Kosovo"}}
    assert people == {"SRB", "XKX"}


# Session 11: plural people of no named side ("ministers signed"), a report's source ("according to X"), the
# count of parties, and which pair an unnamed act takes when several are told around it.
VISIT = ("Japanese Prime Minister Fumio Kishida visited Vietnam on Monday and held talks with "
         "Vietnamese Prime Minister Pham Minh Chinh in Hanoi.")


@pytest.mark.parametrize("sentence", [
    "Ministers then signed nine agreements on energy and port investment.",
    "Officials signed nine agreements on energy and port investment, according to the Vietnamese government.",
    "Envoys initialled a deal on port investment, a government newspaper said.",
])
def test_plural_people_of_no_named_side_act_for_the_pair(reader, sentence):
    found = [e for e in events_in(reader, f"{VISIT} {sentence}", sentence[:12]) if e.type == "AGREE"]
    assert found and frozenset(sides(found[0])[0] | sides(found[0])[1]) == frozenset({"JPN", "VNM"})


@pytest.mark.parametrize("sentence", [
    "A minister then signed nine agreements on energy and port investment.",  # one side, which is not said
    "Three ministers then signed a pact on energy and port investment.",  # three parties are no pair
])
def test_no_pair_for_one_person_or_more_than_two_parties(reader, sentence):
    found = [e for e in events_in(reader, f"{VISIT} {sentence}", sentence[:12]) if e.type == "AGREE"]
    assert not any(sides(e)[0] | sides(e)[1] == {"JPN", "VNM"} for e in found)


def test_a_pair_told_after_the_act_does_not_compete_with_the_one_before(reader):
    text = (f"{VISIT} Ministers then signed nine agreements on energy and port investment. "
            "Kishida flew on to Manila on Tuesday, where he met Philippine President Ferdinand Marcos.")
    found = [e for e in events_in(reader, text, "Ministers then") if e.type == "AGREE"]
    assert found and frozenset(sides(found[0])[0] | sides(found[0])[1]) == frozenset({"JPN", "VNM"})


def test_among_pairs_told_before_the_main_pair_is_taken(reader):
    text = (f"{VISIT} Kishida praised Vietnam for its growth and thanked Hanoi for its support. "
            "China criticised Japan for its defence spending on the same day. "
            "Ministers then signed nine agreements on energy and port investment.")
    found = [e for e in events_in(reader, text, "Ministers then") if e.type == "AGREE"]
    assert found and frozenset(sides(found[0])[0] | sides(found[0])[1]) == frozenset({"JPN", "VNM"})


FIGHTING = "Armenian troops shelled Azerbaijani positions on Monday, and Azerbaijan accused Armenia of aggression."


@pytest.mark.parametrize("sentence", [
    "A ceasefire took hold along the border at midnight on Tuesday.",
    "The fragile truce was holding on Wednesday.",
])
def test_a_ceasefire_in_force_is_the_pairs_halt(reader, sentence):
    found = [e for e in events_in(reader, f"{FIGHTING} {sentence}", sentence[:10]) if e.type == "RETREAT"]
    assert found and frozenset(sides(found[0])[0] | sides(found[0])[1]) == frozenset({"ARM", "AZE"})


def test_a_ceasefire_named_as_content_is_no_halt(reader):
    text = f"{FIGHTING} Monitors counted no shots under the truce on Tuesday."
    assert not [e for e in events_in(reader, text, "Monitors") if e.type == "RETREAT"]


# Session 12: an unnamed act's own place ("talks in the Lao capital") and broker ("an accord brokered by
# Laos") are no sides of it, and an outcome told as not reached ("no accord was announced") is the pair's too.
QUARREL = "Vietnam accused Cambodia of moving border markers on Tuesday, and Cambodia rejected the charge."


@pytest.mark.parametrize("sentence, kind, status", [
    ("The talks in the Lao capital lasted nearly six hours.", "CONSULT", "occurred"),
    ("Relations have improved since 2019 under an accord brokered by Laos.", "AGREE", "occurred"),
    ("No border accord was announced on Wednesday.", "AGREE", "negated"),
])
def test_unnamed_act_with_a_place_broker_or_denial_takes_the_told_pair(reader, sentence, kind, status):
    found = [e for e in events_in(reader, f"{QUARREL} {sentence}", sentence[:12]) if e.type == kind]
    assert found and found[0].status == status
    assert frozenset(sides(found[0])[0] | sides(found[0])[1]) == frozenset({"VNM", "KHM"})


def test_unnamed_talks_held_in_a_third_state_are_third_party(reader):
    found = [e for e in events_in(reader, f"{QUARREL} The talks in the Lao capital lasted nearly six hours.", "The talks")
             if e.type == "CONSULT"]
    assert found and found[0].mode == "third-party"
