"""Who acts: events the parser left without a subject keep one. A subject hung on the auxiliary,
an acronym read as an adverb, the subject of a purpose or "by"-clause's main verb, a noun the parser made
the subject of a to-clause, a past verb wrongly joined to a relative clause.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reader, text, published="2025-03-07"):
    return reader.read(text, published=published).events


def _with(events, type_, words=""):
    """The event of this type whose trigger or evidence holds the words."""
    found = [e for e in events if e.type == type_ and words in e.evidence.sentence]
    assert found, [(e.type, e.trigger, [a.name for a in e.source], [a.name for a in e.target]) for e in events]
    return found[0]


@pytest.mark.parametrize("text,type_,trigger,country", [
    # purpose clause: the host receives the envoy in order to discuss
    ("Kenyan President William Ruto received the Ugandan foreign minister in Nairobi to discuss the border dispute.",
     "CONSULT", "discuss", "KEN"),
    # participle clause on the main verb
    ("Turkey sent warships to the coast, threatening to sink any vessel that entered.",
     "THREATEN", "threatening", "TUR"),
    # after a preposition: "by"-clause
    ("Norway keeps up its relief work in Sudan by donating tents to displaced families in the east.",
     "AID", "donating", "NOR"),
])
def test_a_subjectless_adjunct_clause_acts_through_the_main_subject(reader, text, type_, trigger, country):
    event = next(e for e in _events(reader, text) if e.trigger == trigger)
    assert event.type == type_ and event.source and event.source[0].country == country


def test_a_passive_adjunct_does_not_take_the_main_subject_as_its_doer(reader):
    text = "The Peruvian minister resigned on Monday after being accused of fraud by prosecutors."
    accused = [e for e in _events(reader, text) if e.trigger == "accused"]
    assert all(not e.source or e.source[0].name != "Peru" for e in accused)


def test_a_subject_hung_on_the_auxiliary_is_the_verbs(reader):
    event = _with(_events(reader, "The United Kingdom and Norway however have opposed motions in the council "
                                  "on fishing rights."), "REJECT")
    assert event.source and event.source[0].country == "GBR"


def test_an_acronym_read_as_an_adverb_opening_the_clause_is_the_subject(reader):
    event = _with(_events(reader, "USAID deployed seven rescue teams to the flooded province."), "AID")
    assert [a.name for a in event.source] == ["USAID"]


def test_a_noun_made_subject_of_a_to_clause_is_the_object_of_the_verb_above(reader):
    event = _with(_events(reader, "Peruvian authorities declared a state of emergency in Peru to begin at "
                                  "midnight on Sunday."), "COERCE")
    assert event.source and event.source[0].country == "PER"


def test_a_past_verb_joined_to_a_modal_relative_clause_continues_the_main_clause(reader):
    text = ("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. "
            "The two presidents also signed the Andes Accord, under which their countries will share their border "
            "rivers for the first time, and jointly chaired a video call of the regional energy ministers.")
    event = _with(_events(reader, text), "CONSULT", "video call")
    assert {a.country for a in event.source + event.target} == {"CHL", "ARG"}


@pytest.mark.parametrize("text,purpose", [
    ("Ghana summoned the Nigerian envoy in Accra on Tuesday to complain about the border closure.", "complain"),
    ("Peru summoned the Chilean ambassador to protest on Monday.", "protest"),
])
def test_the_purpose_of_an_act_is_no_second_act(reader, text, purpose):
    assert not [e for e in _events(reader, text) if e.trigger == purpose]


def test_a_to_clause_right_after_its_verb_is_no_purpose_adjunct(reader):
    text = "Ethnic Serbs have sworn to fight until they take the hills near Kosovo's border with Albania."
    assert not [e for e in _events(reader, text) if e.trigger == "fight" and e.status == "occurred"]
