"""Doers written without a name: a bare "the government" or "the ministry" acts for the state the text is
about, a document ("the statement", "a statement accusing X") for whoever issued it, "it" after such a
doer for the same party; and subjects the parser lost: a past verb joined to a passive reported clause,
the one asked "on" in "called on X to ...".

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _event(reader, text, trigger):
    events = reader.read(text, published="2025-03-07").events
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.trigger, [a.name for a in e.source], [a.name for a in e.target]) for e in events]
    return found[0]


def _source_countries(reader, text, trigger):
    return [a.country for a in _event(reader, text, trigger).source]


@pytest.mark.parametrize("text,trigger,country", [
    # the main subject of the sentence before
    ("Lithuania's government said on Monday it would close two border crossings. The government also "
     "expelled two Belarusian diplomats.", "expelled", "LTU"),
    # the state of the person the sentence before was about, not the state it acts on
    ("QUITO — Ecuador's president said on Monday that relations with Colombia were at a low. The government "
     "then expelled the Colombian ambassador.", "expelled", "ECU"),
    # the state of the source whose report holds it
    ("Greek media reported that the government would recognise Kosovo next week.", "recognise", "GRC"),
])
def test_a_bare_government_acts_for_the_state_the_text_is_about(reader, text, trigger, country):
    assert _source_countries(reader, text, trigger) == [country]


def test_it_after_a_bare_government_is_that_government(reader):
    text = ("Colombia's president said on Monday that relations with Ecuador were at a low. The government said "
            "it was expelling the Ecuadorian ambassador. It demanded that Quito withdraw its remaining staff.")
    assert _source_countries(reader, text, "expelling") == ["COL"]
    assert _source_countries(reader, text, "demanded") == ["COL"]


def test_a_bare_ministry_with_none_named_is_the_states_body_as_written(reader):
    text = ("The Estonian government protested on Monday. The ministry called on Moscow to refrain from such "
            "incursions.")
    source = _event(reader, text, "called").source
    assert [(a.name, a.country) for a in source] == [("ministry", "EST")]


@pytest.mark.parametrize("text,trigger,country", [
    # "the statement": the author of the statement told just before
    ("Peru's foreign ministry issued a statement on Monday. The statement accused Bolivia of meddling in the "
     "election.", "accused", "PER"),
    ("In a statement signed by its spokesman, Argentina's government listed its complaints. The statement "
     "accused Chile of harbouring fugitives.", "accused", "ARG"),
    # a clause on the document noun: the subject of the clause it is told in
    ("Chile's foreign ministry answered on Tuesday with a statement accusing Bolivia of meddling in the "
     "election.", "accusing", "CHL"),
])
def test_a_document_acts_for_its_author(reader, text, trigger, country):
    assert _source_countries(reader, text, trigger) == [country]


def test_a_past_verb_joined_to_a_passive_reported_clause_continues_the_main_clause(reader):
    text = ("Chad's interim government disputed that report, saying the debris had been found inside Chadian "
            "territory, and accused Niamey of protecting armed groups in the area.")
    assert _source_countries(reader, text, "accused") == ["TCD"]


def test_the_passive_subject_of_the_reported_clause_does_not_accuse(reader):
    text = ("Guinea's ruling council denied that version, saying the helicopter had been brought down inside "
            "Guinean territory, and accused Freetown of hiding armed groups in the region.")
    assert "helicopter" not in [a.name for a in _event(reader, text, "accused").source]


@pytest.mark.parametrize("text", [
    "Latvia called on Russia to stop attacking Ukrainian cities.",
    "Estonia called upon Russia to stop attacking Ukrainian ports.",
])
def test_the_one_called_on_does_what_the_to_clause_says(reader, text):
    assert _source_countries(reader, text, "attacking") == ["RUS"]


def test_a_past_verb_joined_to_a_present_demanded_clause_is_the_demanders(reader):
    text = "Bolivia demanded that the Peruvian diplomats leave the country within a week, and accused them of spying."
    assert _source_countries(reader, text, "accused") == ["BOL"]


@pytest.mark.parametrize("text,trigger,country", [
    ("Kazakhstan on Monday became the first country to formally recognise the new government in Niger.",
     "recognise", "KAZ"),
    ("Fiji was the first state to sign the fisheries pact with Tonga.", "sign", "FJI"),
])
def test_the_first_to_act_is_the_copulas_subject(reader, text, trigger, country):
    assert _source_countries(reader, text, trigger) == [country]


def test_the_council_is_the_council_just_named(reader):
    text = ("Somalia's defence minister spoke after a session of the National Security Council on Monday. He said "
            "the council had decided to expel the Kenyan ambassador.")
    source = _event(reader, text, "expel").source
    assert [(a.name, a.country) for a in source] == [("National Security Council", "SOM")]
