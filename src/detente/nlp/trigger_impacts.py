"""Attacks told by what was hit or done to people and craft, not by an attack verb: "hit targets near X",
"rockets landed in X", "coast guard personnel boarded navy boats", "threw him to the ground" (PLOVER ASSAULT;
the manual's examples name the strike, not the verb that tells it)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger, first_trigger
from detente.nlp.trigger_accusations import denied_charge

IMPACT_VERBS = {"hit", "strike", "pound"}
# What a military strike aims at; "hit record highs" or "hit by tariffs" name none of them.
MILITARY_TARGETS = {"target", "position", "base", "camp", "hideout", "depot", "stronghold", "installation",
                    "outpost", "bunker", "launcher"}
PROJECTILES = {"missile", "rocket", "shell", "drone", "bomb", "projectile", "mortar", "munition", "warhead"}
LANDING_VERBS = {"land", "hit", "strike", "slam", "explode", "impact"}
VESSELS = {"boat", "ship", "vessel", "tanker", "trawler", "ferry", "freighter", "dhow"}
# Who boards a vessel by force: armed or uniformed personnel of a state.
BOARDERS = {"guard", "navy", "personnel", "troop", "soldier", "commando", "marine", "force", "sailor", "officer",
            "police", "militia", "special"}
THROWING_VERBS = {"throw", "push", "shove", "knock", "wrestle", "pin"}


def _objects(token: Token, deps: set[str]) -> list[Token]:
    """The verb's children of the given relations and their conjuncts."""
    found = [c for c in token.children if c.dep_ in deps]
    return found + [c for o in found for c in o.conjuncts]


def hit_targets(token: Token) -> Trigger | None:
    """"the Guards hit targets near X", "struck militant positions": a verb of impact on a military target."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in IMPACT_VERBS:
        return None
    hit = _objects(token, {"dobj"})
    return Trigger("ASSAULT") if any(o.lemma_.lower() in MILITARY_TARGETS for o in hit) else None


def projectile_landed(token: Token) -> Trigger | None:
    """"rockets landed in Thai villages", "one of its missiles landed inside the airport": a fired weapon's
    impact is the attack, whoever fired it."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in LANDING_VERBS or any(c.dep_ == "neg" for c in token.children):
        return None
    for subject in _objects(token, {"nsubj"}):
        heads = [subject] + [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children]  # "one of its missiles"
        if any(h.lemma_.lower() in PROJECTILES for h in heads):
            return Trigger("ASSAULT")
    return None


def boarded_vessel(token: Token) -> Trigger | None:
    """"coast guard personnel boarded navy boats": armed personnel taking a vessel by boarding it; passengers
    boarding a ferry name no one who boards by force."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "board":
        return None
    if not any(o.lemma_.lower() in VESSELS for o in _objects(token, {"dobj"})):
        return None
    subjects = _objects(token, {"nsubj"})
    armed = any(t.lemma_.lower() in BOARDERS for s in subjects for t in s.subtree if t.dep_ != "relcl")
    return Trigger("ASSAULT") if armed else None


def thrown_down(token: Token) -> Trigger | None:
    """"officers threw him to the ground": bodily force on a person (PLOVER ASSAULT 'beat')."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in THROWING_VERBS:
        return None
    if not any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in token.children):
        return None
    grounds = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "onto"}
               for g in c.children if g.lemma_.lower() in {"ground", "floor"}]
    return Trigger("ASSAULT", "beat") if grounds else None


def impact_trigger(token: Token) -> Trigger | None:
    """The first of the impact rules that speaks; an impact told as a charge the other side denies is left to
    the accusation rules, which code the charge and not the attack."""
    if denied_charge(token):
        return None
    return first_trigger((hit_targets, projectile_landed, boarded_vessel, thrown_down), token)
