"""Speakers named by a body of a state the text calls "its": "Its embassy said ..." is that state's embassy."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.antecedents import last_party_before, mention_of
from detente.nlp.doc_cache import sentence_index, sentences
from detente.nlp.mentions import Ref
from detente.records import ActorRef

OWNER_PRONOUNS = {"its", "their"}


def owned_body(doc: Doc, subj: Token, name: str) -> ActorRef | None:
    """"Its mission to the UN said": a body owned by "its"/"their" is the body of the state that pronoun
    points back to, named with that state's name in the pronoun's place ("Iran's mission")."""
    if subj.pos_ != "NOUN":
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if poss is None or not name.lower().startswith(poss.lower_ + " "):
        return None
    owner = _subject_state(doc, poss) or last_party_before(doc, poss)
    if owner is None or owner.kind != "state" or not owner.name:
        return None
    return ActorRef(name=f"{owner.name}'s {name[len(poss.text) + 1:]}", country=owner.country)


def _subject_state(doc: Doc, poss: Token) -> Ref | None:
    """The state the sentence before names as its subject ("X said ... . Its mission said"): a sentence's
    opening "its" takes up the last sentence's subject, not whatever it named last."""
    if poss.i - poss.sent.start > 1:
        return None
    at = sentence_index(doc)[poss.sent.start]
    if at == 0:
        return None
    root = sentences(doc)[at - 1].root
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    span = mention_of(doc, subj) if subj is not None else None
    return span._.ref if span is not None and span._.ref.kind == "state" else None
