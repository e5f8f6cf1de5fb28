"""Speakers named by a label rather than a clause: a byline after a dash, a headline "Name: ...", a
transcript "NAME: ...". Split from speech.py, whose cues are clauses of the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.arguments import without_role
from detente.nlp.antecedents import mention_of
from detente.records import ActorRef


def actor_mention_before(doc: Doc, start: int, end: int) -> ActorRef | None:
    """A name spanning doc[start:end] (a byline after a dash, a headline speaker before a colon)."""
    for t in doc[start:end]:
        span = mention_of(doc, t)
        if span is not None and span.start >= start and span.end <= end:
            return without_role(span._.ref).actor_ref()
    return None


def _named_person(doc: Doc, words: list[Token]) -> ActorRef | None:
    """The actor that a headline or transcript label names ("Sanders", "PENCE"): a mention there, or
    a person the article names elsewhere (before a transcript label, after a headline) by that last name."""
    found = actor_mention_before(doc, words[0].i, words[-1].i + 1)
    if found is not None:
        return found
    last = words[-1].lower_
    for span in doc.spans.get("actors", []):
        if span._.ref.kind == "person" and span[-1].lower_ == last and span.start != words[0].i:
            return without_role(span._.ref).actor_ref()
    return None


def colon_speaker(doc: Doc, sent: Span) -> tuple[ActorRef, Token, Span] | None:
    """"Sanders: Clinton needs to ..." (a headline), "PENCE: Well, ..." (a transcript): a name opening
    the sentence, a colon, and what the named person says."""
    start = sent.start + (1 if sent[0].is_punct and sent[0].text in {'"', "\u201c", "''"} else 0)
    colon = next((t for t in doc[start:min(start + 5, sent.end)] if t.text == ":"), None)
    if colon is None or colon.i == start:
        return None
    words = list(doc[start:colon.i])
    if not all(t.is_alpha and t.text[0].isupper() for t in words):  # "McCain" is a name, not is_title
        return None
    if any(mention_of(doc, t) is not None and mention_of(doc, t)._.ref.kind in {"state", "place"} for t in words):
        return None  # a dateline ("WASHINGTON:")
    speaker = _named_person(doc, words)
    if speaker is None:
        return None
    rest = [t for t in doc[colon.i + 1:sent.end]]
    if not any(t.is_alpha for t in rest) and sent.end < len(doc) and "\n" not in doc[colon.i:sent.end].text:
        rest = list(doc[sent.end].sent)  # the parser ended the sentence at the label's colon
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest = rest[:-1]
    if sum(1 for t in rest if t.is_alpha) < 3:
        return None
    return speaker, colon, doc[rest[0].i:rest[-1].i + 1]
