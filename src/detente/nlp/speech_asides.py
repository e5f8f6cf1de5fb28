"""Reports told inside a parenthetical saying: "Trump, she said, had asked ..." is what she says of Trump.

The verb such an aside hangs on (and the verbs joined to it) carries the reported words, so its subject is
the one told of, not a speaker a later "she" could take up.
"""

from __future__ import annotations

from spacy.tokens import Token

# Saying verbs written as an aside inside the words they report ("X, she said, had asked").
ASIDE_LEMMAS = {"say", "add", "tell", "recall", "note", "insist", "claim", "explain"}


def reported_in_aside(verb: Token) -> bool:
    """A verb whose clause holds a parenthetical saying with a subject of its own, after the clause's subject."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and any(
        c.dep_ == "parataxis" and c.lemma_.lower() in ASIDE_LEMMAS and c.i > subject.i
        and any(g.dep_ == "nsubj" for g in c.children) for c in head.children)


def aside_subject(verb: Token) -> Token | None:
    """The subject of the parenthetical saying a reported verb holds ("she" in "X, she said, had asked")."""
    if not reported_in_aside(verb):
        return None
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return next((g for c in head.children if c.dep_ == "parataxis" and c.lemma_.lower() in ASIDE_LEMMAS
                 for g in c.children if g.dep_ == "nsubj"), None)
