"""Dates told of the document or occasion a verb's words came in: "In a post on X on Friday, X wrote ...",
"said at a news conference in Hanoi on Thursday", "in a letter sent to Y on Thursday". The parser hangs the
day on the document's noun, yet it is the day of the writing or saying, and of what the verb's clause tells."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.nlp.speech_documents import DOCUMENT_NOUNS

FRAME_PREPS = {"in", "at"}


def _document(prep: Token) -> Token | None:
    """The document noun a date's preposition describes, through a participle ("a letter sent ... on")."""
    noun = prep.head
    if noun.dep_ == "acl" and noun.tag_ == "VBN":
        noun = noun.head
    return noun if noun.lemma_.lower() in DOCUMENT_NOUNS else None


def dates_frame_of(span: Span, verb: Token) -> bool:
    """The date is told of a document or occasion framed "in"/"at" on `verb` ("In a post on Friday, ...")."""
    prep = span.root.head
    noun = _document(prep) if prep.dep_ == "prep" else None
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPS \
        and noun.head.head.i == verb.i and span.sent.start == verb.sent.start


def frame_day(verb: Token):
    """The date of the document or occasion `verb` is told in, or None."""
    span = next((s for s in verb.doc.spans.get("dates", []) if dates_frame_of(s, verb)), None)
    return span._.date if span is not None else None
