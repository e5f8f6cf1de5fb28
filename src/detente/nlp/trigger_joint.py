"""Triggers told by structure rather than by one word: acts done jointly, objects left in relative clauses."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

# Adverbs that make an act mutual: two parties doing it side by side (PLOVER COOPERATE is *mutual* material work).
JOINT_ADVERBS = {"jointly", "together"}
# Material work that, done jointly, is cooperation ("jointly develop", "work together", "patrol together").
JOINT_WORK_VERBS = {"develop", "produce", "build", "manufacture", "construct", "design", "explore", "research",
                    "patrol", "operate", "work", "fight", "combat", "tackle", "investigate", "finance",
                    "fund", "mine", "train"}
RELATIVE_WORDS = {"that", "which", "who", "whom", "whose"}


def joint_work(token: Token) -> Trigger | None:
    """"agreed to jointly develop an engine", "will patrol together": mutual material work is COOPERATE."""
    lemma = token.lemma_.lower()
    if lemma not in JOINT_WORK_VERBS:  # the cheap lemma check first
        return None
    if any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for c in token.children):
        return Trigger("COOPERATE")
    return None


def object_gap(token: Token) -> bool:
    """"a charge Mexico rejected", "the prisoners Moscow freed": a relative clause whose own subject is named
    and whose object is missing has the noun it modifies as that object."""
    if token.dep_ != "relcl" or token.pos_ != "VERB":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in RELATIVE_WORDS for s in subjects):
        return False  # "a country that rejected ...": the relative word is the subject, the gap is not the object
    return not any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp"} for c in token.children)
