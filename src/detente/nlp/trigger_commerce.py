"""Purchases between states told by who made what is bought: "would buy 103 Boeing aircraft", "to buy a large
number of Embraer jets".

PLOVER COOPERATE covers economic exchange (CAMEO 061): a state's or its firms' purchase of another state's
goods. `trigger_accords` reads goods marked by a state ("Australian coal"); this module adds goods marked by a
maker the knowledge base places in a state, bought outright or in an amount. Asked by
`trigger_phrases.phrase_trigger` before the word lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.syntax import prep_objects

TRADED = Trigger("COOPERATE", cameo="061")
BUYING_VERBS = {"buy", "purchase"}
# Nouns of amount whose "of" phrase holds the goods: "a large number of Boeing aircraft".
AMOUNT_NOUNS = {"number", "fleet", "batch", "quantity", "lot", "consignment", "cargo", "amount", "order"}
MAKER_KINDS = {"state", "organisation"}


def commercial_exchange(token: Token) -> Trigger | None:
    """A purchase of goods a maker of a known state made is economic cooperation."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in BUYING_VERBS:
        return None
    return TRADED if any(_made_by_named_maker(g) for g in _goods(token)) else None


def _goods(verb: Token) -> list[Token]:
    """What is bought: the object, or the "of" phrase of an amount noun ("a number of jets")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    return found + [g for o in found if o.lemma_.lower() in AMOUNT_NOUNS for g in prep_objects(o, {"of"})]


def _made_by_named_maker(goods: Token) -> bool:
    """"Boeing aircraft": a maker named before the goods, a firm or a state known to the knowledge base."""
    span_at = goods.doc._.mention_at or {}
    for modifier in (c for c in goods.children if c.dep_ in {"compound", "amod"} and c.i < goods.i):
        span = span_at.get(modifier.i)
        ref = span._.ref if span is not None else None
        if ref is not None and ref.country and ref.kind in MAKER_KINDS and \
                (ref.kind == "state" or ref.sector == "BUS"):
            return True
    return False
