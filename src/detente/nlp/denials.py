"""Denials that the verb's own negation does not carry: a "no" on the act's subject ("no pact was
signed", "no ships fired") or a negated verb of implication over the act's clause ("the visit does not
mean Paris backs the plan"). Either says the act did not take place (status negated)."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that draw an act from another fact ("the visit means X backs Y"): negated, they deny the act.
IMPLYING = {"mean", "imply", "signify", "entail"}
# The participants whose "no" denies the act: its subject, active or passive. A "no" on the object only
# narrows the act ("visited the base and met no local officials": the visit took place).
PARTICIPANTS = {"nsubj", "nsubjpass"}


def denied(token: Token) -> bool:
    """The act told by the trigger verb itself is denied: a "no" on its subject, or a negated verb of
    implication over its clause. An event noun is left alone: in "no one was hurt in the attack" the
    attack took place."""
    return token.pos_ == "VERB" and (denied_participant(token) or denied_implication(token))


def implies(verb: Token) -> bool:
    """"the trip does not mean ...": a verb of implication; its subject took place whatever is denied."""
    return verb.lemma_.lower() in IMPLYING


def denied_participant(verb: Token) -> bool:
    """"no agreement was signed", "no patrol boats fired": the subject the verb's act needs is quantified
    by "no", so there was no such act."""
    return any(c.dep_ in PARTICIPANTS and _no_determiner(c) for c in verb.children)


def _no_determiner(noun: Token) -> bool:
    """"no deal", "no Japanese aircraft": the noun's determiner is "no"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def denied_implication(verb: Token) -> bool:
    """"the trip did not mean Washington recognised him": the act is told only as what a negated verb of
    implication does not draw from something else, so it is denied, not reported."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in IMPLYING:
        return False
    return any(c.dep_ == "neg" for c in head.children)
