"""A title standing as a cue's subject with the person's name after it: "High Commissioner for Human Rights
Jane Roe said", "Prime Minister and Foreign Minister John Doe said". The parser may make the title the head
and hang the name on it (appos, conj); the speaker is the person the title belongs to, not the title."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.antecedents import mention_of
from detente.records import ActorRef

TITLE_LINK_POS = {"PROPN", "ADP", "CCONJ"}  # words of a title run: "Minister for X", "Prime Minister and ..."
NAME_DEPS = {"appos", "conj", "compound"}


def titled_person(doc: Doc, subj: Token) -> ActorRef | None:
    """The person named right after a title subject, when only title words (no comma, no article) stand
    between them; else None."""
    if subj.pos_ not in {"PROPN", "NOUN"} or _person_at(doc, subj) is not None:
        return None
    for child in subj.children:
        if child.dep_ not in NAME_DEPS or child.i <= subj.i:
            continue
        found = _person_at(doc, child)
        if found is None:
            continue
        span, ref = found
        between = doc[subj.i + 1:span.start]
        if all(t.pos_ in TITLE_LINK_POS and t.dep_ != "punct" for t in between):
            return ref.actor_ref()
    return None


def _person_at(doc: Doc, token: Token):
    """(mention, ref) of a person the actor stage found at the token, else None."""
    span = mention_of(doc, token)
    ref = span._.ref if span is not None else None
    return (span, ref) if ref is not None and ref.kind == "person" else None
