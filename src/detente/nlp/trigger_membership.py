"""Bids to join a body told by applying ("applied to join NATO", "applied for EU membership"): PLOVER REQUEST,
a state asking a body to admit it, mode assist (the admission, when told, is the body's answer)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger, first_trigger
from detente.nlp.syntax import direct_objects, negated

JOINING_VERBS = {"join", "enter"}
# What one applies for when asking to be admitted.
ADMISSION_NOUNS = {"membership", "accession", "admission", "entry", "entrance"}


def applied_to_join(token: Token) -> Trigger | None:
    """"Sweden applied to join the alliance", "applied for membership": a request to be admitted; applying a
    rule or a tariff ("applied the rules") is no request."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "apply" or negated(token):
        return None
    joins = any(c.dep_ == "xcomp" and c.lemma_.lower() in JOINING_VERBS for c in token.children)
    asks = any(c.dep_ == "prep" and c.lower_ == "for" and g.lemma_.lower() in ADMISSION_NOUNS
               for c in token.children for g in c.children if g.dep_ == "pobj")
    return Trigger("REQUEST", "assist") if joins or asks else None  # membership: PLOVER assist (README 14)


# What a state joins when it becomes a party: a pact or a bloc named by its kind ("the Abraham Accords").
PACT_NOUNS = {"accord", "accords", "agreement", "treaty", "pact", "convention", "alliance", "initiative",
              "declaration", "charter", "protocol", "bloc", "union", "partnership"}
# What a body approves when it lets a state in or recognises it.
ADMISSION_BIDS = {"bid", "application", "accession", "membership", "admission", "recognition"}
# Texts a meeting adopts that bind those who adopt them; "adopted a resolution" asks, it binds no one.
ADOPTED_TEXTS = {"declaration", "accord", "agreement", "charter", "treaty", "communique", "communiqué"}


def joined_pact(token: Token) -> Trigger | None:
    """"Kazakhstan will join the Abraham Accords", "joined the Belt and Road Initiative": becoming a party to
    a pact is an agreement (PLOVER AGREE); joining talks, a summit or a case is told by their own nouns.
    "applied to join", "its bid to join", "wants to join": an infinitive joining is only sought, told by its head."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "join" or negated(token) or token.dep_ in {"xcomp", "acl"}:
        return None
    return Trigger("AGREE") if any(o.lower_ in PACT_NOUNS or o.lemma_.lower() in PACT_NOUNS
                                   for o in direct_objects(token)) else None


def approved_bid(token: Token) -> Trigger | None:
    """"parliament approved Sweden's bid", "will approve recognition": letting a state in or recognising it
    is support given (PLOVER SUPPORT); approving a budget or a law is no act towards another party."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "approve" or negated(token):
        return None
    return Trigger("SUPPORT") if any(o.lemma_.lower() in ADMISSION_BIDS for o in direct_objects(token)) else None


def adopted_text(token: Token) -> Trigger | None:
    """"the leaders adopted the Astana Declaration": a joint text adopted is agreed (PLOVER AGREE)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "adopt" or negated(token):
        return None
    return Trigger("AGREE") if any(o.lemma_.lower() in ADOPTED_TEXTS or o.lower_ in ADOPTED_TEXTS
                                   for o in direct_objects(token)) else None


def membership_act(token: Token) -> Trigger | None:
    """The first membership rule that speaks: applying, joining, approving a bid, adopting a text."""
    return first_trigger((applied_to_join, joined_pact, approved_bid, adopted_text), token)
