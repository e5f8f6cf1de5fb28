"""A group listed as terrorist ("designated the group a terrorist organisation", "would list the Guard as a
terrorist entity", "the designation of X as a terrorist group"): a formal listing cuts every exchange with the
listed body (PLOVER SANCTION 'discontinue', CAMEO 16; the records code it so, 191 and 242). Calling a party a
terrorist without listing it is naming (trigger_naming). Asked by `trigger_phrases.phrase_trigger`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

LISTING_VERBS = {"designate", "list", "proscribe", "classify", "declare", "relist"}
LISTING_NOUNS = {"designation", "listing", "proscription", "classification"}
# The role a body is listed in: a terrorist organisation, group or entity, or "terrorists".
STIGMAS = {"terrorist", "terror", "terrorism"}
ROLE_NOUNS = {"organisation", "organization", "group", "entity", "movement", "terrorist", "outfit"}
ROLE_DEPS = {"dobj", "oprd", "attr", "xcomp", "ccomp"}


def listed_as_terrorist(token: Token) -> Trigger | None:
    """A listing verb or noun whose role, after "as" or as a second object, is a terrorist body."""
    lemma = token.lemma_.lower()
    if not ((token.pos_ == "VERB" and lemma in LISTING_VERBS) or (token.pos_ == "NOUN" and lemma in LISTING_NOUNS)):
        return None
    holders = [token]
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        holders.append(token.head)  # "welcomed the designation of X as ...": the parser hangs "as" on the verb
    roles = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > token.i
             for g in c.children if g.dep_ == "pobj"]
    if token.pos_ == "VERB":
        roles += [c for c in token.children if c.dep_ in ROLE_DEPS]
    return Trigger("SANCTION", "discontinue") if any(_terrorist_role(r) for r in roles) else None


def _terrorist_role(noun: Token) -> bool:
    """"a (foreign) terrorist organisation", "terrorists", "a terror group"."""
    if noun.lemma_.lower() not in ROLE_NOUNS and noun.lower_ not in {"terrorists"}:
        return False
    if noun.lemma_.lower() == "terrorist" or noun.lower_ == "terrorists":
        return True
    return any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in STIGMAS for c in noun.children)
