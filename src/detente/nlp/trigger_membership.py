"""Bids to join a body told by applying ("applied to join NATO", "applied for EU membership"): PLOVER REQUEST,
a state asking a body to admit it, mode assist (the admission, when told, is the body's answer)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

JOINING_VERBS = {"join", "enter"}
# What one applies for when asking to be admitted.
ADMISSION_NOUNS = {"membership", "accession", "admission", "entry", "entrance"}


def applied_to_join(token: Token) -> Trigger | None:
    """"Sweden applied to join the alliance", "applied for membership": a request to be admitted; applying a
    rule or a tariff ("applied the rules") is no request."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "apply" or any(c.dep_ == "neg" for c in token.children):
        return None
    joins = any(c.dep_ == "xcomp" and c.lemma_.lower() in JOINING_VERBS for c in token.children)
    asks = any(c.dep_ == "prep" and c.lower_ == "for" and g.lemma_.lower() in ADMISSION_NOUNS
               for c in token.children for g in c.children if g.dep_ == "pobj")
    return Trigger("REQUEST", "assist") if joins or asks else None  # membership: PLOVER assist (README 14)
