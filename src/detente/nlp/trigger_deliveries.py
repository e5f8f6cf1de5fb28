"""Deliveries told by the carrier's arrival ("two military aircraft carrying weapons landed at the airport",
"a ship carrying flour docked in Gaza"): goods or arms brought to another side are aid given (PLOVER AID; the
manual's material aid, military aid included). Asked by `trigger_phrases.phrase_trigger`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.syntax import negated

ARRIVING = {"land", "arrive", "dock", "reach", "touch"}
CARRIERS = {"aircraft", "plane", "airplane", "jet", "flight", "ship", "vessel", "boat", "convoy", "truck", "lorry",
            "freighter", "cargo", "airlift", "transport", "helicopter", "train"}
CARRYING = {"carry", "bring", "transport", "deliver", "ferry", "load", "bear"}
# What a carrier brings as help: supplies, relief, arms (aid that a side gives, not trade or passengers).
GOODS = {"aid", "assistance", "supply", "food", "medicine", "equipment", "weapon", "arm", "ammunition", "munition",
         "relief", "vaccine", "dose", "tent", "blanket", "fuel", "grain", "flour", "materiel", "material", "cargo",
         "shipment", "drug", "medical"}


def carried_goods(token: Token) -> Trigger | None:
    """An arriving verb whose subject is a carrier that carries aid goods or arms (by a participle or "with")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ARRIVING or negated(token):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.lemma_.lower() in CARRIERS]
    # "a convoy of trucks with food": the goods may hang on the carriers the subject is made of
    carriers = subjects + [g for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.lemma_.lower() in CARRIERS]
    return Trigger("AID") if any(_carries_goods(c) for c in carriers) else None


def _carries_goods(carrier: Token) -> bool:
    """"aircraft carrying weapons and ammunition", "a ship loaded with flour", "trucks with food"."""
    for part in carrier.children:
        if part.dep_ in {"acl", "relcl"} and part.lemma_.lower() in CARRYING:
            goods = [g for c in part.children if c.dep_ in {"dobj", "prep"}
                     for g in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])]
        elif part.dep_ == "prep" and part.lower_ == "with":
            goods = [g for g in part.children if g.dep_ == "pobj"]
        else:
            continue
        if any(t.lemma_.lower() in GOODS for g in goods for t in (g, *g.conjuncts, *g.children)):
            return True
    return False
