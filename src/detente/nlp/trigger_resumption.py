"""Exchanges taken up again ("will restart security assistance", "flights would be resumed", "resume imports"):
coded by what is resumed (PLOVER AID, COOPERATE, or CONCEDE when buying again ends a ban)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import NOUN_TRIGGERS, Trigger
from detente.nlp.trigger_relations import RESUMED

RESUMING_VERBS = {"resume", "restart", "reopen", "reinstate", "restore", "renew", "revive", "unfreeze"}
# What is resumed, by the PLOVER type of carrying it on: help given is AID, joint work and traffic COOPERATE,
# buying goods again that had been shut out (a ban eased) CONCEDE (PLOVER: easing restrictions).
# Nouns that are events themselves ("resume military aid", "revive cooperation") are left to the noun.
RESUMED_THINGS = {thing: kind for thing, kind in RESUMED.items() if thing not in NOUN_TRIGGERS} | {
    "funding": "AID", "loan": "AID", "delivery": "AID",
    "flight": "COOPERATE", "route": "COOPERATE", "link": "COOPERATE",
    "patrol": "COOPERATE", "program": "COOPERATE", "programme": "COOPERATE", "project": "COOPERATE",
    "investment": "COOPERATE",
    "purchase": "CONCEDE", "import": "CONCEDE", "buying": "CONCEDE", "issuance": "CONCEDE",
}


def resumed_exchange(token: Token) -> Trigger | None:
    """"will restart security assistance", "direct flights would be resumed": the exchange taken up again."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RESUMING_VERBS:
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    kinds = [RESUMED_THINGS[t.lemma_.lower()] for o in objects for t in (o, *o.conjuncts)
             if t.lemma_.lower() in RESUMED_THINGS]
    return Trigger(kinds[0]) if kinds else None
