"""Ties cut or run down: "suspending relations", "withdrew its diplomatic staff", "will reduce their
consular presence", "relations have deteriorated" are hostile, though no word of them judges anyone.
Not cutting them ("did not intend to sever ties") is an assurance about one's own conduct towards the other
side, conciliatory (README convention 17)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.stance_negation import negated_word

# What binds two states, in relations or in people posted to each other.
TIE_NOUNS = {"relation", "relations", "tie", "ties", "presence", "staff", "diplomat", "diplomats",
             "ambassador", "envoy", "embassy", "consulate", "mission", "personnel"}
# Verbs of cutting, freezing, or running down such ties ("sever ties", "expel the envoy", "break off").
RUPTURE_VERBS = {"suspend", "sever", "cut", "downgrade", "reduce", "freeze", "withdraw", "recall", "expel",
                 "close", "shrink", "curtail", "scale"}
RUPTURE_PHRASES = {("break", "off"), ("scale", "back"), ("scale", "down"), ("pull", "out")}
# Verbs of ties going bad by themselves ("relations have soured").
WORSENING_VERBS = {"deteriorate", "worsen", "sour", "collapse", "plummet"}


def _rupture_verb(verb: Token) -> bool:
    """A verb that cuts or runs down what it governs, alone ("sever") or with its particle ("break off")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in RUPTURE_VERBS or any(c.dep_ == "prt" and (lemma, c.lower_) in RUPTURE_PHRASES
                                         for c in verb.children)


def _cutter(noun: Token) -> Token | None:
    """The verb that cuts this tie (its object or passive subject) or that says it worsened (its subject)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "recalled its ambassador and staff": cut together
    verb = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and _rupture_verb(verb):
        return verb
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in WORSENING_VERBS:
        return verb
    return None


def rupture_stance(token: Token) -> str | None:
    """"hostile" for ties cut or worsening, "conciliatory" for not cutting them, None for any other word."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in TIE_NOUNS and token.lower_ not in TIE_NOUNS:
        return None
    verb = _cutter(token)
    if verb is None:
        return None
    return "conciliatory" if negated_word(verb) else "hostile"
