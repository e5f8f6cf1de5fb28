"""Small readings of the parse that modules on both sides of `triggers` share (a leaf: imports nothing of
detente), so the trigger rule modules need not copy them."""

from __future__ import annotations

from spacy.tokens import Token


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """The objects of the token's prepositions in `preps` ("talks with X" -> X)."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def governing_verb(token: Token) -> Token:
    """The nearest verb or auxiliary at or above the token (the root when none is): the clause it sits in."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token
