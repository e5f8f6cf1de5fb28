"""Attributions without a content clause, on sentences written for these tests: a cue whose content is its
object or a prepositional object, an answer ("said yes", "said the same"), a public act ("issued a
warning"), "those surveyed" as speakers, a cue after the clause with its speaker after it, and a clause
that quotes some of its words (one statement, not one per fragment)."""

from __future__ import annotations

import pytest


def _found(reader, text):
    return [(s.speaker.name if s.speaker else None, s.cue, s.quote)
            for s in reader.read(text, published="2025-05-12").statements]


@pytest.mark.parametrize("text,speaker,cue,quote", [
    # the object of a cue with no clause is what the stance is about
    ("He prefers a single-payer system for the whole country.", "He", "prefers", "a single-payer system"),
    ("Two local lawmakers have publicly stated their interest in the vacant seat.", "local lawmakers",
     "stated", "their interest in the vacant seat"),
    # one word will do as an object, and a gerund stands for one
    ("John Smith is thanking supporters at a rally in Ohio.", "John Smith", "thanking", "supporters"),
    ("The governor has proposed raising taxes on the largest firms.", "governor", "proposed",
     "raising taxes on the largest firms"),
    # a relative clause with a subject of its own is about the noun it describes
    ("The one error she admitted was a budget passed too late.", "she", "admitted",
     "The one error"),
    # with no object, the object of a preposition that is not a scene (time, place)
    ("The union has long advocated for a higher minimum wage.", "union", "advocated", "a higher minimum wage"),
    # an answer or an anaphoric object stands for what was said
    ("Most voters said the same of the governor.", "Most voters", "said", "the same of the governor"),
    ("Asked about the plan, half of the voters said yes.", "half of the voters", "said", "yes"),
    # making something public, thanking, comparing: PolNeAR attributions too
    ("The ministry issued a warning to travellers on Monday.", "ministry", "issued", "a warning"),
    ("She thanked the voters of Ohio for their support.", "She", "thanked", "the voters of Ohio"),
    ("The two councillors sided with the mayor in the dispute.", "two councillors", "sided", "the mayor"),
    # "those" described by a clause names people who can speak
    ("Again, those polled said the senator would manage the port dispute better.", "those", "said",
     "the senator would manage the port dispute better"),
    ("Those around him acknowledge that a third run seems unlikely.", "Those around him", "acknowledge",
     "a third run seems unlikely"),
    # a cue after a comma whose speaker follows it, conjoined by the parser to what it reports
    ("In nearby Dayton, the old paper mill is holding on, but it is under heavy pressure from cheap imports, "
     "said the company's chief executive, Mark Ellis.", "Mark Ellis", "said",
     "it is under heavy pressure from cheap imports"),  # the second of two claims (README convention 16)
])
def test_loose_attributions(reader, text, speaker, cue, quote):
    found = _found(reader, text)
    assert any(sp == speaker and c == cue and quote in q for sp, c, q in found), found


@pytest.mark.parametrize("text,word", [
    ("The senator spoke in Denver on Friday.", "Denver"),
    # speaking or talking with someone is a meeting, not a stance on them
    ("The defence minister spoke with his French counterpart by phone.", "counterpart"),
])
def test_a_scene_or_a_meeting_is_not_what_is_said(reader, text, word):
    found = _found(reader, text)
    assert not any(word in q for _, _, q in found), found


def test_a_clause_quoting_fragments_is_one_statement(reader):
    text = 'The mayor said the governor has "got to go a long way" on taxes, "because he is now for the banks."'
    found = _found(reader, text)
    assert len(found) == 1, found
    assert found[0][0] == "mayor" and found[0][2].startswith("the governor has")
    assert "because he is now for the banks" in found[0][2]


def test_a_whole_quote_stays_direct(reader):
    statements = reader.read('"We will win this race in the autumn," she said.', published="2025-05-12").statements
    assert len(statements) == 1 and statements[0].direct
    assert statements[0].quote == "We will win this race in the autumn"


@pytest.mark.parametrize("text", [
    "Iran released two British sailors on Friday.",
    "China offered aid to Pakistan after the floods.",
    "Japan named a new ambassador to Seoul.",
])
def test_a_public_verb_in_its_plain_sense_says_nothing(reader, text):
    """"released two sailors", "offered aid": the verb's physical sense makes no statement."""
    assert reader.read(text, published="2025-03-07").statements == []


@pytest.mark.parametrize("text", [
    "Japan and South Korea agreed last month to a temporary framework on fishing rights.",
    "The two governments agreed a ceasefire along the river at the summit.",
    "The two sides agreed upon a timetable for the prisoner exchange.",
])
def test_thing_agreed_is_not_said(reader, text):
    """Agreeing to or on a thing is an act (an agreement event), not a position stated."""
    assert _found(reader, text) == []


@pytest.mark.parametrize("text,quote", [
    ("The senator agreed with the governor that the bill was flawed.", "the bill was flawed"),
    ("Ministers agreed to resume the talks in May.", "to resume the talks in May"),
])
def test_agreement_with_a_view_is_said(reader, text, quote):
    """Agreeing with someone's view, or to do something, states a position (as PolNeAR counts it)."""
    assert [q for _, _, q in _found(reader, text)] == [quote]
