"""Small readings of the parse that modules on both sides of `triggers` share (a leaf: imports nothing of
detente), so the trigger rule modules need not copy them."""

from __future__ import annotations

from spacy.tokens import Token


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """The objects of the token's prepositions in `preps` ("talks with X" -> X)."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def direct_objects(token: Token) -> list[Token]:
    """The verb's direct objects or passive subjects, with their conjuncts."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return found + [c for o in found for c in o.conjuncts]


def negated(token: Token) -> bool:
    """The verb has a negation ("did not join")."""
    return any(c.dep_ == "neg" for c in token.children)


def governing_verb(token: Token) -> Token:
    """The nearest verb or auxiliary at or above the token (the root when none is): the clause it sits in."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _to_infinitive(verb: Token) -> bool:
    """A base-form verb with its own "to" ("to restore")."""
    return verb.pos_ == "VERB" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def conjoined_infinitives(verb: Token) -> list[Token]:
    """The infinitives coordinated after a "to"-infinitive ("to restore X and (to) name Y" -> name): acts of
    their own under whatever governs the first, with no subject of their own."""
    if not _to_infinitive(verb):
        return []
    bare = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB" and c.tag_ == "VB"]
    # "agreed to take back X, ..., and to provide Y": the parser may hang the second on the governing verb
    hung = [c for c in verb.head.children if c.dep_ == "conj" and c.i > verb.i and _to_infinitive(c)] \
        if verb.dep_ == "xcomp" else []
    return [c for c in sorted(set(bare + hung), key=lambda t: t.i)
            if not any(g.dep_ in {"nsubj", "nsubjpass", "aux"} and g.lower_ != "to" for g in c.children)]


def infinitive_conjunct_head(verb: Token) -> Token | None:
    """The first "to"-infinitive a coordinated infinitive belongs to ("agreed to hold talks and to expand
    exchanges": expand -> hold), so that it takes the same governor; None for any other verb."""
    if verb.dep_ != "conj":
        return None
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if not _to_infinitive(first):  # "agreed to A, ..., and to B" with B hung on "agreed": A is the first
        first = next((c for c in first.children if c.dep_ == "xcomp" and c.i < verb.i and _to_infinitive(c)), first)
    return first if verb in conjoined_infinitives(first) else None
