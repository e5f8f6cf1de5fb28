"""The body a state asks or moves to join ("applied to join the alliance", "sought to join the bloc"): the
joining verb's object is the party the asking verb is aimed at, though the parser hangs it one clause down."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.trigger_membership import JOINING_VERBS


def joined_objects(token: Token) -> list[Token]:
    """The objects of a joining verb the trigger governs as its complement ("applied to join X" -> X)."""
    joins = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in JOINING_VERBS]
    return [o for j in joins for o in j.children if o.dep_ == "dobj"]
