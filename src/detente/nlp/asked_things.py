"""What asking for a thing seeks (PLOVER REQUEST modes, examples/README convention 14): a truce or a release
yields, help, arms or guarantees assist, talks meet; a lifting of a curb or a restarted trade flow yields;
any other plan or rule asked for is a change of policy."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.syntax import prep_objects
from detente.nlp.trigger_diplomacy import _is_weapon

# What asking for a thing seeks, by the thing's noun (asking to do something is read from the verb).
ASKED_THINGS = {"ceasefire": "yield", "truce": "yield", "cease-fire": "yield", "withdrawal": "yield",
                "release": "yield", "return": "yield", "concession": "yield", "passage": "yield",
                "help": "assist", "aid": "assist", "assistance": "assist", "support": "assist",
                "guarantee": "assist", "protection": "assist", "asylum": "assist", "permission": "assist",
                "extradition": "assist", "handover": "assist", "arrest": "assist", "membership": "assist",
                "accession": "assist", "cooperation": "assist",
                "talk": "meet", "talks": "meet", "meeting": "meet", "negotiation": "meet", "dialogue": "meet",
                "summit": "meet", "conference": "meet", "seat": "meet"}
# Nouns of ending or easing a measure: with a curb named, asking for one asks a sanction lifted (yield).
LIFTING_NOUNS = {"lifting", "removal", "reduction", "easing", "suspension", "cancellation", "repeal", "relief",
                 "rollback", "cut", "end", "exemption", "waiver"}
# Nouns of restarting: with a cut trade flow named, asking for one asks a curb lifted (yield).
RESTART_NOUNS = {"resumption", "restart", "reopening", "restoration"}
CURB_NOUNS = {"sanction", "tariff", "duty", "levy", "curb", "control", "quota", "ban", "embargo", "restriction",
              "measure", "blockade", "siege", "visa"}
FLOW_NOUNS = {"import", "export", "purchase", "shipment", "flight", "trade", "sale", "delivery"}


def _named_with(noun: Token) -> set[str]:
    """The lemmas a noun names its matter with: compounds and "of"/"in"/"on" objects ("tariff relief",
    "reduction in tariffs", "resumption of seafood imports")."""
    words = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    words += prep_objects(noun, {"of", "in", "on"})
    return {w.lemma_.lower() for w in words} | {t.lemma_.lower() for w in words for t in w.children
                                               if t.dep_ in {"compound", "nmod"}}


def thing_mode(thing: Token) -> str | None:
    """The mode of asking for one thing, or None when the noun tells none of the four."""
    lemma = thing.lemma_.lower()
    if lemma in LIFTING_NOUNS and _named_with(thing) & CURB_NOUNS:
        return "yield"  # "a reduction in tariffs", "tariff relief"
    if lemma in RESTART_NOUNS and _named_with(thing) & FLOW_NOUNS:
        return "yield"  # "an early resumption of seafood imports"
    if lemma in ASKED_THINGS or thing.lower_ in ASKED_THINGS:
        return ASKED_THINGS.get(lemma, ASKED_THINGS.get(thing.lower_))
    if _is_weapon(thing):
        return "assist"  # "requests for cruise missiles": arms
    return None


def asked_thing(things: list[Token]) -> str | None:
    """The mode of asking for the first thing: a truce yields, help assists, talks meet; a plan or rule is a
    change of policy; None when nothing is named."""
    for thing in things:
        return thing_mode(thing) or "change"
    return None
