"""A speaker on his state's side (detente.nlp.speaker_sides): whoever tells what his own state does,
however deep the act sits in what he says, acts with the state; a speaker of another state, an opposition
figure, or an act outside what is said is not added.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-07"


def _event(reader, text, type_):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == type_]
    assert events, [(e.type, [a.name for a in e.source]) for e in reader.read(text, published=PUBLISHED).events]
    return events[-1]


@pytest.mark.parametrize("text,type_,speaker", [
    # an event noun held by a verb inside what is said
    ("Russian President Vladimir Putin visited Hanoi on Thursday. Putin praised the talks and said Moscow did "
     "not rule out military-technical cooperation with Vietnam.", "COOPERATE", "Vladimir Putin"),
    ("Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday and said Turkey was weighing new "
     "sanctions against Israel.", "SANCTION", "Recep Tayyip Erdoğan"),
    # a conjunct of a predicate inside what is said
    ("Russian Foreign Minister Sergei Lavrov said Moscow was prepared to offer assurances that it would "
     "not attack but would not negotiate with NATO over its troop levels.", "REJECT", "Sergey Lavrov"),
])
def test_the_speaker_acts_with_the_state_he_tells_of(reader, text, type_, speaker):
    event = _event(reader, text, type_)
    assert speaker in [a.name for a in event.source]


@pytest.mark.parametrize("text,type_,other", [
    # a speaker of another state tells what that state does: he is no part of it
    ("U.S. Secretary of State Marco Rubio said Moscow did not rule out military cooperation with Pyongyang.",
     "COOPERATE", "Marco Rubio"),
    # the act is a conjunct of the saying, not what was said
    ("Russian Foreign Minister Sergei Lavrov spoke to reporters, and Moscow later expelled two Polish "
     "diplomats.", "SANCTION", "Sergey Lavrov"),
])
def test_no_speaker_outside_what_his_state_does(reader, text, type_, other):
    event = _event(reader, text, type_)
    assert other not in [a.name for a in event.source]


@pytest.mark.parametrize("text,type_,body", [
    # "it" is the speaking body; "lodge" holds the act's noun and is no report of it
    ("Chinese ships blocked a Philippine supply mission on Monday. The Department of Foreign Affairs said "
     "it would file a diplomatic protest against Beijing over the incident.", "PROTEST",
     "Department of Foreign Affairs"),
    ("Chinese ships blocked a Philippine supply mission on Monday. The Department of Foreign Affairs said "
     "it would lodge a protest with Beijing on Tuesday.", "ACCUSE", "Department of Foreign Affairs"),
])
def test_a_body_that_says_it_will_act_acts(reader, text, type_, body):
    event = _event(reader, text, type_)
    assert body in [a.name for a in event.source]


@pytest.mark.parametrize("text,type_,speaker", [
    # a leader tells what his country's firms will do
    ("Mexican President Claudia Sheinbaum said Mexican companies would invest in a new port on the "
     "Guatemalan coast.", "COOPERATE", "Claudia Sheinbaum"),
    # a minister tells what his state's embassy will do
    ("U.S. Secretary of State Marco Rubio said the embassy in Caracas would stop issuing visas next week.",
     "SANCTION", "Marco Rubio"),
    # a warning is told as what is said
    ("Iranian Foreign Minister Abbas Araghchi warned that Tehran would suspend its cooperation with the agency.",
     "SANCTION", "Abbas Araghchi"),
])
def test_the_speaker_acts_with_the_body_he_tells_of(reader, text, type_, speaker):
    event = _event(reader, text, type_)
    assert speaker in [a.name for a in event.source]


def test_no_speaker_for_another_states_firms(reader):
    text = "U.S. Secretary of State Marco Rubio said Chinese companies would invest in a new port in Peru."
    event = _event(reader, text, "COOPERATE")
    assert "Marco Rubio" not in [a.name for a in event.source]
