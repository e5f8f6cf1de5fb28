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
