"""The mode of an attack by its weapon (the PLOVER manual's ASSAULT modes): the weapons the attackers bear, use
or fire ("gunmen", "with mortars", "by a roadside explosive", "fired rockets"); asked by `triggers.mode_for`."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import ARMED_PEOPLE, WEAPON_MODES
from detente.nlp.syntax import prep_objects


def weapon_mode(token: Token) -> str | None:
    """"personnel carrying knives rammed ...", "attacked with machetes", "killed by a roadside explosive",
    "fired rockets at", "a mortar attack": the weapons the attackers bear, use or fire give the mode (PLOVER's
    ASSAULT modes); the attacked (other objects) are not looked at."""
    lemmas = [t.lemma_.lower() for w in _weapon_holders(token) for t in w.subtree]
    modes = [WEAPON_MODES[w] for w in lemmas if w in WEAPON_MODES]
    if {"aerial", "drone"} <= set(modes):
        return "aerial"  # "a missile and drone attack": a combined air attack, as "drone strike" is aerial
    return next(iter(modes), None) or \
        next((ARMED_PEOPLE[w] for w in lemmas if w in ARMED_PEOPLE), None)


FIRING_VERBS = {"fire", "launch", "lob", "use", "drop", "detonate", "plant"}


def _weapon_holders(token: Token) -> list[Token]:
    """The words that may name an attack's weapon: a verb's subject or agent ("by"), its "with" objects and,
    for verbs of firing, its object; a noun's modifiers ("artillery fire") and "with"/"by" objects."""
    # a noun's "of" names what it is made of: "a barrage of drones and missiles"
    holders = prep_objects(token, {"with", "by", "of"} if token.pos_ == "NOUN" else {"with"})
    if token.pos_ == "NOUN":
        return holders + [c for c in token.children if c.dep_ in {"compound", "amod"}]
    if token.pos_ != "VERB":
        return holders
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "agent"}]
    if not subjects and token.dep_ == "conj":  # "rammed and boarded": the subject is the first verb's
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    fired = [c for c in token.children if c.dep_ == "dobj"] if token.lemma_.lower() in FIRING_VERBS else []
    return holders + subjects + fired
