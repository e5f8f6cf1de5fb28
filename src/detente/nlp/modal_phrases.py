"""Modal phrases the auxiliary test misses: "would be able to join" (the modal sits on the copula of "able")
and "still has to be ratified" (a present obligation: the act lies ahead)."""

from __future__ import annotations

from spacy.tokens import Token

ABILITY_ADJECTIVES = {"able", "unable"}


def able_to(verb: Token) -> bool:
    """"troops would be able to join drills": an infinitive under "able", whose copula carries the modal."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ in ABILITY_ADJECTIVES and head.dep_ == "acomp" \
        and head.head.pos_ in {"VERB", "AUX"}


def still_owed(verb: Token) -> bool:
    """"the pact has to be ratified", "they have to approve it": a present obligation, the act still ahead."""
    head = verb.head
    return verb.dep_ == "xcomp" and verb.tag_ in {"VB", "VBN"} and head.lemma_ == "have" \
        and head.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
