"""Denials that the verb's own negation does not carry: a "no" on the act's subject ("no pact was
signed", "no ships fired") or a negated verb of implication over the act's clause ("the visit does not
mean Paris backs the plan"), or an act told only as what was done without it ("welcomed him instead of
arresting him", "left without signing the deal"). Each says the act did not take place: negated, or
cancelled when the occasion it was due at ended without it."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that draw an act from another fact ("the visit means X backs Y"): negated, they deny the act.
IMPLYING = {"mean", "imply", "signify", "entail"}
# The participants whose "no" denies the act: its subject, active or passive. A "no" on the object only
# narrows the act ("visited the base and met no local officials": the visit took place).
PARTICIPANTS = {"nsubj", "nsubjpass"}


# Verbs of an occasion ending: "left without signing", "the talks ended without a deal being signed": the
# act was due there, and fell through (cancelled), rather than simply not done (negated).
ENDING_VERBS = {"leave", "end", "conclude", "close", "finish", "wrap", "break", "depart", "walk", "adjourn"}
# "instead of arresting", "rather than imposing": the word that makes "of" / "than" a preposition of
# replacing one act by another
REPLACING = {"of": "instead", "than": "rather"}


def denied(token: Token) -> str | None:
    """The status of an act the trigger verb itself tells as not done (None when it is not denied): a
    "no" on its subject, a negated verb of implication over its clause, or "without" / "instead of". An
    event noun is left alone: in "no one was hurt in the attack" the attack took place."""
    if token.pos_ != "VERB":
        return None
    if denied_participant(token) or denied_implication(token):
        return "negated"
    return forgone(token)


def forgone(verb: Token) -> str | None:
    """"welcomed him instead of arresting him" (negated), "left the talks without signing" (cancelled):
    an act named only as what another act was done without."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep":
        return None
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "apologised without accepting that X was to blame": a withheld admission, not an act
    if prep.lower_ != "without" and not any(c.lower_ == REPLACING.get(prep.lower_) for c in prep.children):
        return None
    return "cancelled" if prep.head.lemma_.lower() in ENDING_VERBS else "negated"


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
