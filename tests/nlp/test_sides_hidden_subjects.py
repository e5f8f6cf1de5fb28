"""Who acts when the subject is hidden: a relative "who" in the clause holding an event noun, the issuer of
an order that acts ("signed an order halting aid"), a name the parser hung on a stray adverb ("X last
travelled to Y").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reader, text):
    return reader.read(text, published="2025-03-07").events


def _with(events, type_, words):
    """The event of this type whose evidence sentence holds the words."""
    found = [e for e in events if e.type == type_ and words in e.evidence.sentence]
    assert found, [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in events]
    return found[0]


@pytest.mark.parametrize("text,words,source,target", [
    ("French President Emmanuel Macron met Kenyan President William Ruto in Nairobi on Monday. Macron, who "
     "paired the trip with a state visit to Ethiopia, said ties were strong.", "paired", "FRA", "ETH"),
    ("Chinese President Xi Jinping, who combined the summit with a state visit to Mongolia, and Russian "
     "President Vladimir Putin held talks on Wednesday.", "combined", "CHN", "MNG"),
])
def test_a_relative_who_gives_the_noun_it_describes(reader, text, words, source, target):
    event = next(e for e in _events(reader, text) if e.type == "CONSULT" and e.mode == "visit" and words in
                 e.evidence.sentence)
    assert [a.country for a in event.source] == [source]
    assert target in {a.country for a in event.target}


@pytest.mark.parametrize("text,words,source,target", [
    ("French President Emmanuel Macron met Kenyan President William Ruto in Nairobi on Monday. In March he "
     "signed an order halting French aid to Chad.", "halting", "FRA", "TCD"),
    ("Kenya's parliament passed a bill imposing sanctions on Somalia.", "imposing", "KEN", "SOM"),
    ("The Kenyan government issued a decree banning imports from Somalia.", "banning", "KEN", "SOM"),
])
def test_an_acting_paper_acts_for_its_issuer(reader, text, words, source, target):
    event = _with(_events(reader, text), "SANCTION", words)
    assert source in {a.country for a in event.source}
    assert target in {a.country for a in event.target} and source not in {a.country for a in event.target}


def _parsed(words, heads, deps, named):
    """A hand-made parse (the stray attachment is the parser's, rare enough not to come from a sentence at will)
    with the tokens in `named` marked as a person's mention."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from detente.nlp.extensions import register
    from detente.nlp.mentions import Ref
    register()
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=["PROPN", "ADJ", "VERB", "ADP", "PROPN", "PUNCT"])
    spans = {i: doc[i:i + 1] for i in named}
    for i, span in spans.items():
        span._.ref = Ref(f"person:{words[i].lower()}", words[i], "FRA", "GOV", "person")
    doc._.mention_at = spans
    return doc


@pytest.mark.parametrize("deps,found", [
    (["compound", "advmod", "ROOT", "prep", "pobj", "punct"], ["Macron"]),  # the name on the adverb
    (["npadvmod", "advmod", "ROOT", "prep", "pobj", "punct"], ["Macron"]),
])
def test_a_name_hung_on_a_stray_adverb_is_the_subject(deps, found):
    from detente.nlp.clause_subjects import stray_subject
    words = ["Macron", "last", "flew", "to", "Rome", "."]
    doc = _parsed(words, [1, 2, 2, 2, 3, 2], deps, named=[0] if found else [])
    assert [t.text for t in stray_subject(doc, doc[2])] == found


@pytest.mark.parametrize("text,words,type_,source", [
    ("Peru's President Dina Boluarte said the tallies were \"impossible to trust\" and called for them to be "
     "audited by foreign observers.", "audited", "REQUEST", "PER"),
    ("Norway's foreign minister said the figures were wrong and called for the count to be repeated.", "repeated",
     "REQUEST", "NOR"),
])
def test_a_past_verb_joined_to_a_reported_copula_is_the_reporters(reader, text, words, type_, source):
    """"X said the results were false and called for a recount": a thing does not call for anything."""
    event = _with(_events(reader, text), type_, words)
    assert source in {a.country for a in event.source}


@pytest.mark.parametrize("text,words,source", [
    ("The Senate of Chile adopted a resolution that called for the vote in Peru to be repeated.", "repeated", "CHL"),
    ("Norway's parliament adopted a resolution that condemned the Russian strikes on Kharkiv.", "condemned", "NOR"),
])
def test_a_paper_acts_for_whoever_put_it_out(reader, text, words, source):
    """"adopted a resolution that called for ...": the relative clause's doer is the resolution's adopter."""
    event = next(e for e in _events(reader, text) if words in e.evidence.sentence)
    assert source in {a.country for a in event.source}, [(e.type, [a.country for a in e.source]) for e in
                                                         _events(reader, text)]
