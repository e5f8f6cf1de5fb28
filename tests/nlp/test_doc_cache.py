"""Per-Doc caches (nlp/doc_cache) and the token flags kept as sets (nlp/extensions): same answers as spaCy's."""

from __future__ import annotations

import pytest
import spacy

from detente.nlp.doc_cache import doc_text, sentence_index, sentences
from detente.nlp.extensions import flagged, register

TEXTS = [
    "The two foreign ministers met in Oslo on Tuesday. They agreed to reopen the border crossing.",
    "OSLO — Norway will host the next round of talks.\nThe envoys said \"we are ready to sign a deal "
    "within weeks, not months\" after the meeting.\n\nRelated: Talks resume in Oslo",
    "Officials declined to comment.",
]


@pytest.fixture(scope="module")
def docs(reader):
    return [reader.nlp(text) for text in TEXTS]


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_sentences_match_spacy(docs, i):
    doc = docs[i]
    expected = [(s.start, s.end) for s in doc.sents]
    assert [(s.start, s.end) for s in sentences(doc)] == expected
    assert sentence_index(doc) == {start: n for n, (start, _) in enumerate(expected)}


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_text_matches_spacy(docs, i):
    assert doc_text(docs[i]) == docs[i].text == TEXTS[i]


def test_parsed_doc_is_cached(docs):
    doc = docs[0]
    assert sentences(doc) is sentences(doc)
    assert sentence_index(doc) is sentence_index(doc)
    assert doc_text(doc) is doc_text(doc)


def test_unparsed_boundaries_are_not_kept():
    # before the parser (the layout component) sentence starts may still change: nothing is kept
    doc = spacy.blank("en")("One two three four five six")
    doc[0].is_sent_start = True
    doc[3].is_sent_start = True
    assert [(s.start, s.end) for s in sentences(doc)] == [(0, 3), (3, 6)]
    doc[3].is_sent_start = False
    assert [(s.start, s.end) for s in sentences(doc)] == [(0, 6)]
    assert sentence_index(doc) == {0: 0}


@pytest.mark.parametrize("i", range(len(TEXTS)))
@pytest.mark.parametrize("name", ["skip", "in_quote"])
def test_flag_sets_match_token_flags(docs, i, name):
    doc = docs[i]
    assert flagged(doc, name) == {t.idx for t in doc if getattr(t._, name)}


def test_layout_flags_reach_the_sets(docs):
    doc = docs[1]
    assert any(t._.skip for t in doc) and any(t._.in_quote for t in doc)  # the related link, the long quote


def test_flag_setter_and_getter():
    register()
    doc = spacy.blank("en")("Read this line but not that one")
    assert flagged(doc, "skip") == set() and not doc[2]._.skip
    doc[2]._.skip = True
    doc[4]._.skip = True
    assert doc[2]._.skip is True and doc[3]._.skip is False
    assert flagged(doc, "skip") == {doc[2].idx, doc[4].idx}
    doc[2]._.skip = False
    assert flagged(doc, "skip") == {doc[4].idx} and not doc[2]._.skip
    assert flagged(doc, "in_quote") == set()
