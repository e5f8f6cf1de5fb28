"""The parties an act's object phrase names besides its head: "closed its border with X", "lifted U.S.
sanctions on X", "summoned the ambassadors of X and Y". When the object is the doer's own thing, or names
no party itself, the state its "with"/"to"/"on" (or owning "of") modifier names is the one acted on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.clause_subjects import children
from detente.nlp.mentions import Ref
from detente.nlp.triggers import prep_objects

# Prepositions by which an object phrase points at another party ("its border with X", "sanctions on X").
RELATING_PREPS = {"with", "to", "against", "for", "on"}
# Possessive pronouns: "its border", "their envoys" are the doer's own things (the KB names no one by them).
OWN_POSSESSIVES = {"its", "their", "his", "her", "our"}


def _owned_by_doer(obj: Token, target: list[Ref], own: set) -> bool:
    """The object is the doer's own: read as owned by its state ("U.S. sanctions"), or "its"/"their" X."""
    return any(r.via == "owner" and r.country in own for r in target) or \
        any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in obj.children)


def past_own_thing(doc: Doc, token: Token, target: list[Ref], own: set) -> list[Ref]:
    """"reaffirmed America's commitment to Taiwan", "closed its land border with X", "lift U.S. sanctions on
    X": when the object is the source's own thing and its phrase names another party after a relating
    preposition, that party is the target, not the thing's owner nor a party the verb's adjuncts name
    ("in solidarity with Y" hung on the verb)."""
    objects = [o for o in children(token, {"dobj"}) if _owned_by_doer(o, target, own)]
    others = [r for o in objects for p in prep_objects(o, RELATING_PREPS) for r in refs_for(doc, p)
              if r.country not in own]
    if not others:
        return target
    named = {r.actor_id for o in objects for r in refs_for(doc, o, loose=True)}
    kept = [r for r in target if r.actor_id in named and not (r.via == "owner" and r.country in own)]
    return kept + others


def owning_states(doc: Doc, token: Token, source: list[Ref]) -> list[Ref]:
    """"summoned the ambassadors of X and Y": the states (or bodies) a partyless object belongs to after
    "of"; not a town ("shelled the town of X": its state comes from the place), nor the topic of a pair
    acting together ("X and Y discussed the fate of Z": the two are the sides)."""
    if len({r.country or r.sector for r in source}) > 1:
        return []
    return [r for o in children(token, {"dobj"}) for p in prep_objects(o, {"of"}) for r in refs_for(doc, p)
            if r.kind == "state" or r.sector == "IGO"]
