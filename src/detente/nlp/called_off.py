"""Plans told in the past perfect and then contradicted: "had been expected to meet X, but Y left early",
"had planned to host the summit, but postponed it". The pluperfect of a plan or an announcement followed
by a contrast clause tells a plan that fell through, so the planned act is cancelled, not still ahead."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.tense import tense_verb

PENDING = {"planned", "confirmed"}
CONTRASTS = {"but", "yet"}
PAST_PERFECT_AUX = {"had", "'d"}


def _past_perfect(verb: Token) -> bool:
    """"had planned", "had been expected", "had been due": a verb with the past-tense "had" of the perfect."""
    return any(c.dep_ == "aux" and c.lower_ in PAST_PERFECT_AUX for c in verb.children)


def _contradicted(verb: Token) -> bool:
    """"..., but Trump left early": a conjoined clause brought in by a contrast word."""
    return any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in verb.children) and \
        any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in verb.children)


def _plan_bearers(token: Token, governor: Token | None) -> list[Token]:
    """The verbs that may tell the plan: the governor ("had planned to host"), else the act's own verb and
    the two verbs above it ("had been due to visit": "been" carries the perfect)."""
    if governor is not None:
        return [governor]
    verb, bearers = tense_verb(token), []
    for _ in range(3):
        bearers.append(verb)
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return bearers


def called_off_status(token: Token, governor: Token | None, status: str) -> str:
    """A planned or announced act whose plan is told in the past perfect and then contradicted ("but"):
    cancelled (the plan fell through before publication)."""
    if status not in PENDING:
        return status
    for verb in _plan_bearers(token, governor):
        if verb.pos_ in {"VERB", "AUX"} and _past_perfect(verb) and _contradicted(verb):
            return "cancelled"
    return status
