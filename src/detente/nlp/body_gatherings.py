"""A body as the party of a verb told through its gathering or its membership: "stayed away from the bloc's
summit", "attended the alliance's meeting", "froze its participation in the bloc". The gathering noun names no
party itself; its owner does, when that owner is an international body."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.mentions import Ref
from detente.nlp.triggers import prep_objects

# A body's meetings, named by their owner ("the bloc's summit", "a summit of the alliance").
GATHERING_NOUNS = {"summit", "meeting", "session", "conference", "gathering", "assembly", "council"}
# One's place in a body ("its participation in the bloc", "membership of the alliance").
MEMBERSHIP_NOUNS = {"participation", "membership", "seat", "involvement"}
VERB_PREPS = {"from", "to", "at", "in"}


def gathering_bodies(doc: Doc, token: Token) -> list[Ref]:
    """The international body owning the gathering or membership a verb's object or phrase names; []
    when it names none."""
    heads = [token] + [c for c in token.children if c.dep_ == "advmod"]  # "stayed away from"
    objects = [c for c in token.children if c.dep_ == "dobj"] + [o for h in heads for o in prep_objects(h, VERB_PREPS)]
    for obj in objects:
        lemma = obj.lemma_.lower()
        if lemma in GATHERING_NOUNS:
            owners = [c for c in obj.children if c.dep_ == "poss"] + prep_objects(obj, {"of"})
        elif lemma in MEMBERSHIP_NOUNS:
            owners = prep_objects(obj, {"in", "of"})
        else:
            continue
        bodies = [r for o in owners for r in refs_for(doc, o) if r.sector == "IGO" and r.kind != "person"]
        if bodies:
            return bodies[:1]
    return []
