"""Verbs that name an act only in one frame (detente.nlp.trigger_frames) and the holder of a noun's
infinitive as its doer (detente.nlp.clause_subjects.holder_subject). Every sentence here is written for
these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word,type_", [
    ("Oslo called for the vote to be repeated under observers.", "called", "REQUEST"),
    ("The senator hit back on Monday, saying the plan was reckless.", "hit", "ACCUSE"),
    ("The navy fired a Kalibr at the port of Odesa on Sunday.", "fired", "ASSAULT"),
    ("Ecuador filed the case at the court in March.", "filed", "ACCUSE"),
    ("Lima will contact Quito to ask for an explanation.", "contact", "CONSULT"),
    ("The minister called the ruling disproportionate.", "called", "ACCUSE"),
    ("Chile's cabinet disputed Argentina's account of the border incident.", "disputed", "REJECT"),
    ("The ministry said Nairobi would engage Addis Ababa over the dam.", "engage", "CONSULT"),
    ("The convoy was escorted, with help from Norwegian and Danish frigates.", "help", "AID"),
])
def test_framed_verbs_trigger(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == type_, found


@pytest.mark.parametrize("text,word", [
    ("Oslo called the meeting for Friday.", "called"),  # no clause marked by "for"
    ("Canada hit back with tariffs on steel.", "hit"),  # a retort in deeds, not in words
    ("The company fired its chief executive on Friday.", "fired"),  # nothing fired at anyone
    ("The ministry filed its report on Monday.", "filed"),  # no charge filed
    ("Both armies engaged in heavy fighting near the river.", "engaged"),  # no side as object
    ("The relief needed help with the logistics.", "help"),  # no giver after "from"
])
def test_other_frames_trigger_nothing(reader, text, word):
    assert trigger_of(reader, text, word) is None


@pytest.mark.parametrize("text,word,source", [
    ("News of Chile's decision to expel the ambassador of Peru spread on Monday.", "expel", "CHL"),
    ("The accord follows a decision by Japan this week to tighten its export controls on chips.", "tighten", "JPN"),
])
def test_holder_of_the_noun_does_the_infinitive(reader, text, word, source):
    event = event_by_trigger(reader, text, word)
    assert source in {a.country for a in event.source}, (event.type, event.source)


def test_relative_clause_on_a_held_noun_is_done_by_its_holder(reader):
    event = event_by_trigger(reader, "The talks follow a ruling by Peru's top court that lifted the ban on the party.",
                             "lifted")
    assert "PER" in {a.country for a in event.source}, (event.type, event.source)


@pytest.mark.parametrize("text,sources", [
    ("The tanker was towed to port, with help from Norway and Denmark.", {"NOR", "DNK"}),
    ("The drones were shot down with help from France.", {"FRA"}),
])
def test_every_giver_of_help_is_a_source(reader, text, sources):
    found = event_by_trigger(reader, text, "help")
    assert found is not None and {a.country for a in found.source} == sources, found
