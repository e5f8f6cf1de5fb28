"""Partnerships formed: "raised their ties to a strategic partnership", "forged a partnership", "the partnership
the two countries set up in 2004". A named partnership is a standing pact between the parties, so
forming one, or lifting existing ties to one, is an agreement (PLOVER AGREE), as signing a pact is; upgrading
ties with no pact named stays support (`triggers.VERB_OBJECT_TRIGGERS`). Asked by `trigger_phrases.phrase_trigger`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.trigger_joint import object_gap

# A standing pact between states named as a relationship ("alliance" often names a bloc, an actor).
PACT_RELATIONS = {"partnership"}
# Verbs of lifting existing ties to a new footing: "raised / elevated / upgraded their ties to ...".
RAISING_VERBS = {"raise", "elevate", "upgrade", "lift", "take", "bring", "turn", "transform", "promote"}
# Verbs of founding a pact relation: "forged / established / set up a partnership".
FORMING_VERBS = {"establish", "set", "forge", "form", "launch", "create", "found", "seal", "build", "enter",
                 "conclude", "sign", "strike"}


def partnership_formed(token: Token) -> Trigger | None:
    """A verb that founds a partnership, or raises ties to one: an agreement of the parties."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma in RAISING_VERBS and any(_pact_relation(o) for o in _raised_to(token)):
        return Trigger("AGREE")
    if lemma in FORMING_VERBS and _founds(token) and any(_pact_relation(o) for o in _founded(token)):
        return Trigger("AGREE")
    return None


def _pact_relation(noun: Token) -> bool:
    return noun.lemma_.lower() in PACT_RELATIONS or noun.lower_ in PACT_RELATIONS


def _raised_to(token: Token) -> list[Token]:
    """What the ties are raised to or into: "to a strategic partnership"."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
            for g in c.children if g.dep_ == "pobj"]


def _founds(token: Token) -> bool:
    """"set" founds only as "set up"; "enter" only as "enter into"."""
    lemma = token.lemma_.lower()
    if lemma == "set":
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ == "up" for c in token.children)
    if lemma == "enter":
        return any(c.dep_ == "prep" and c.lower_ == "into" for c in token.children)
    return True


def _founded(token: Token) -> list[Token]:
    """What is founded: the object, the passive subject, "into" a pact, or the noun a relative clause with an
    object gap describes ("the partnership the two countries set up")."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.lemma_.lower() == "enter":
        found += _raised_to(token)
    if object_gap(token) or (token.dep_ == "acl" and token.tag_ == "VBN"):
        found.append(token.head)
    return found + [c for o in found for c in o.conjuncts]
