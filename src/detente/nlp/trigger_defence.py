"""Mutual defence clauses: help promised to each other for the case of an attack (PLOVER AID, hypothetical).

"commit to assist each other in the event of an armed attack", "an attack on either would count as an attack
on both": a treaty's clause names aid that is given only if one side is attacked, so the act is AID and its
status hypothetical whatever verb of promising governs it.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.clauses import CONDITION_MARKS

HELP_VERBS = {"assist", "help", "aid", "defend"}
ATTACKS = {"attack", "aggression", "invasion", "war", "assault", "hostility"}
CONTINGENCY_NOUNS = {"event", "case"}
COUNT_VERBS = {"count", "be", "consider", "regard", "deem", "treat"}
ANY_OF_PAIR = {"either", "one", "any", "each"}
ALL_OF_PAIR = {"both", "all", "other"}


def mutual_defence(token: Token) -> Trigger | bool | None:
    """"commit to assist each other in the event of an attack" (help to each other for a contingency of attack),
    or "aggression against either would count as aggression against both": AID; the attack supposed in such
    a clause is no event (False)."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in ATTACKS:
        return False if _supposed_attack(token) else None
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = token.lemma_.lower()
    if lemma in HELP_VERBS and _to_each_other(token) and attack_contingency(token):
        return Trigger("AID")
    if lemma in COUNT_VERBS and _attack_on_one_counts(token):
        return Trigger("AID")
    return None


def _to_each_other(verb: Token) -> bool:
    """Its object is "each other" or "one another"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in {"other", "another"} and any(d.lower_ in {"each", "one"} for d in obj.children):
            return True
    return False


def _supposed_attack(noun: Token) -> bool:
    """"in the event of an armed attack", "aggression against either would count as ...": an attack supposed."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CONTINGENCY_NOUNS:
        return head.head.dep_ == "pobj" and head.head.head.lower_ == "in"
    verb = head.head if noun.dep_ == "pobj" and head.lower_ == "as" else head
    return verb.lemma_.lower() in COUNT_VERBS and _attack_on_one_counts(verb)


def attack_contingency(verb: Token) -> bool:
    """"in the event of an armed attack", "in case of aggression", "if either is attacked": the act is for the
    case of an attack, said on the verb or on the promise it completes ("commit to assist ... in the event of")."""
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(_contingency_on(h) for h in heads)


def _contingency_on(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for noun in (g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in CONTINGENCY_NOUNS):
                if any(t.lemma_.lower() in ATTACKS for t in noun.subtree if t.i > noun.i):
                    return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
            if any(t.lemma_.lower() in ATTACKS for t in c.subtree):
                return True
    return False


def _attack_on_one_counts(verb: Token) -> bool:
    """"aggression against either country would count as aggression against both"."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in ATTACKS]
    if not subjects or not _aimed_at(subjects[0], ANY_OF_PAIR):
        return False
    counted = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
               if g.dep_ == "pobj" and g.lemma_.lower() in ATTACKS]
    counted += [c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.lemma_.lower() in ATTACKS]
    return any(_aimed_at(g, ALL_OF_PAIR) for g in counted)


def _aimed_at(attack: Token, words: set[str]) -> bool:
    """The attack's "against"/"on" object is one of the words, or is determined by one ("either country")."""
    for prep in (c for c in attack.children if c.dep_ == "prep" and c.lower_ in {"against", "on", "upon"}):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lower_ in words or any(d.lower_ in words for d in obj.children if d.dep_ == "det"):
                return True
    return False


GIVING_VERBS = HELP_VERBS | {"give", "provide", "offer", "send", "extend", "render", "lend"}


def defence_contingency(token: Token) -> bool:
    """Help given only for the case of an attack ("give military assistance if the other comes under attack",
    "assist each other in the event of an attack"): its status is hypothetical (see the module)."""
    if isinstance(mutual_defence(token), Trigger):
        return True
    verb = token if token.pos_ == "VERB" else token.head if token.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in GIVING_VERBS and attack_contingency(verb)
