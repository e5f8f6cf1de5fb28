"""Turns in a state's own conduct told by what is turned: building halted, entry restored, work paid for,
recognition switched (PLOVER CONCEDE, AID, SANCTION; the manual's examples name the act, not the verb)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger, first_trigger
from detente.nlp.syntax import direct_objects, negated

HALTING_VERBS = {"stop", "halt", "suspend", "freeze", "pause", "abandon"}
# Building a state does on its own ground; halting it, as objections ask, gives way (PLOVER CONCEDE).
# Bare "work" is left out: "stopped work" is a labour strike.
BUILDING_WORKS = {"construction", "building", "fencing", "drilling", "excavation", "dredging", "reclamation"}
RESTORING_VERBS = {"restore", "reinstate", "reopen"}
# Access a state grants to others' people or goods; giving it back eases a restriction (PLOVER CONCEDE).
ACCESS_NOUNS = {"entry", "access", "waiver"}
STATE_ENTS = {"GPE", "NORP", "ORG"}
# What one "pays for" when punished, not what one funds ("will pay for its crimes").
WRONGS = {"crime", "aggression", "mistake", "error", "action", "act", "attack", "sin", "folly", "behaviour",
          "behavior", "consequence"}
RELATIVES = {"that", "which", "what"}  # "a hospital that India paid for": the funded thing, by its clause
SWITCHING_VERBS = {"switch", "shift", "transfer"}
# Ties a state holds with one government at a time: moving them away ends them with the first.
EXCLUSIVE_TIES = {"recognition", "allegiance"}


def halted_building(token: Token) -> Trigger | None:
    """"had stopped the construction after objections", "the fencing was suspended": giving up one's own
    building work (PLOVER CONCEDE)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in HALTING_VERBS or negated(token):
        return None
    return Trigger("CONCEDE") if any(o.lemma_.lower() in BUILDING_WORKS for o in direct_objects(token)) else None


def restored_access(token: Token) -> Trigger | None:
    """"restored visa-free entry for its visitors", "will reinstate access to its ports": a restriction
    eased (PLOVER CONCEDE 'easing of administrative restrictions')."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RESTORING_VERBS or negated(token):
        return None
    return Trigger("CONCEDE") if any(o.lemma_.lower() in ACCESS_NOUNS for o in direct_objects(token)) else None


def _payer(token: Token) -> Token | None:
    """Who pays: the agent of "paid for by X" or the active subject."""
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return (agents or subjects or [None])[0]


def paid_for(token: Token) -> Trigger | None:
    """"the force is paid for by the United States", "a hospital that India paid for": a state or body
    funding another's work is aid (PLOVER AID); "will pay for its crimes" names a punishment."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "pay" or negated(token):
        return None
    fors = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"]
    if not fors:
        return None
    paid = [g for c in fors for g in c.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in WRONGS or (g.pos_ == "PRON" and g.lower_ not in RELATIVES) for g in paid):
        return None
    payer = _payer(token)
    return Trigger("AID") if payer is not None and payer.ent_type_ in STATE_ENTS else None


def switched_recognition(token: Token) -> Trigger | None:
    """"switched its recognition from Taipei to Beijing": ties ended with the one it leaves (PLOVER
    SANCTION 'discontinue'; the recognition of the other is told by the noun)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SWITCHING_VERBS or negated(token):
        return None
    ties = [o for o in direct_objects(token) if o.lemma_.lower() in EXCLUSIVE_TIES]
    if not ties:
        return None
    # "switched her country's diplomatic recognition from Taiwan": the parser may hang "from" on the noun
    left = any(c.dep_ == "prep" and c.lower_ == "from" for h in (token, *ties) for c in h.children)
    return Trigger("SANCTION", "discontinue") if left else None


def turned_conduct(token: Token) -> Trigger | None:
    """The first turn-of-conduct rule that speaks."""
    return first_trigger((halted_building, restored_access, paid_for, switched_recognition), token)
