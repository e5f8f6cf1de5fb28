"""What a naming cue with no object called something, and clauses said that the parser hangs on the cue
itself (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _statements(reader, text):
    return reader.read(text, published="2025-05-12").statements


@pytest.mark.parametrize("text,words", [
    # the thing named folded into the name
    ("Prime Minister Mark Carney called the tariff painful and a huge mistake.", "painful and a huge mistake"),
    ("Claudia Sheinbaum called Lima's reaction disproportionate.", "disproportionate"),
    # the one named taken for a dative
    ("Karen Kuo condemned the drills in a statement, calling them a threat to regional peace.",
     "a threat to regional peace"),
    # a relative clause: the noun named stands outside the cue's clause
    ("China fired flares near the patrol plane, an act Richard Marles called reckless and dangerous.",
     "reckless and dangerous"),
])
def test_what_a_naming_cue_called_something_is_said(reader, text, words):
    quotes = [s.quote for s in _statements(reader, text)]
    assert any(words in q for q in quotes), quotes


@pytest.mark.parametrize("text,words", [
    # a "that" clause conjoined to the cue
    ("The French Foreign Ministry said it had received the new envoy, and that the appointment would give "
     "new impetus to close cooperation between the two countries.", "new impetus to close cooperation"),
    # a second complement the parser hung on the cue
    ("Russia's defence ministry said in a statement that the jets had been on a routine flight from Murmansk "
     "to a base near Kaliningrad, had stayed over neutral waters of the Barents Sea and had not entered the "
     "airspace of any state.", "had stayed over neutral waters"),
])
def test_a_second_clause_said_runs_on_the_content(reader, text, words):
    found = [s for s in _statements(reader, text) if s.cue == "said"]
    assert any(words in s.quote for s in found), [s.quote for s in found]


@pytest.mark.parametrize("text", [
    "Richard Marles called the pilot's manoeuvre unsafe.",
    "Richard Marles called the interception unprofessional.",
])
def test_conduct_called_unsafe_or_unprofessional_is_hostile(reader, text):
    stances = [s.stance for s in _statements(reader, text)]
    assert stances == ["hostile"], stances



def _parsed(vocab, words, heads, deps, pos):
    """A doc with a parse given by hand: the parser's attachment of a second clause varies with context."""
    from spacy.tokens import Doc
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("joiner,runs_on", [("and", True), ("but", False)])
def test_a_that_clause_conjoined_to_the_cue_runs_on_unless_it_turns(reader, joiner, runs_on):
    from detente.nlp.clauses import clause_span, further_contents
    words = ["Oslo", "said", "it", "agreed", ",", joiner, "that", "talks", "would", "resume", "."]
    heads = [1, 1, 3, 1, 3, 1, 9, 9, 9, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "punct", "cc", "mark", "nsubj", "aux", "conj", "punct"]
    pos = ["PROPN", "VERB", "PRON", "VERB", "PUNCT", "CCONJ", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _parsed(reader.nlp.vocab, words, heads, deps, pos)
    span = further_contents(doc, clause_span(doc, doc[3]), doc[1])
    assert ("talks would resume" in span.text) is runs_on, span.text
