"""Infinitives of purpose under a past verb: "had used his stay to sit down with Lavrov on Thursday",
"flew to Riyadh to meet the crown prince on Tuesday". The act was done on the trip told as past, so a
weekday in the infinitive's clause counts back; an infinitive under a verb of planning, wishing, asking
or promising ("agreed to meet on Thursday") still names what is to come."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.status import GOVERNING_ADJECTIVES, GOVERNING_VERBS, INFINITIVE_GOVERNORS, INSTRUCTING
from detente.nlp.tense import told_as_past

# Verbs whose infinitive names a later act: plans, wishes, requests, promises, orders, expectations.
PROSPECTIVE = set(GOVERNING_VERBS) | set(INFINITIVE_GOVERNORS) | INSTRUCTING | \
    set(GOVERNING_ADJECTIVES) | {"schedule", "expect", "plan", "due", "prepare", "intend", "aim", "hope", "set",
                                 "order", "urge", "press", "force", "allow", "tell", "be", "have", "try",
                                 "attempt", "fail", "refuse", "decline", "threaten", "warn", "encourage",
                                 "need", "like", "begin", "start", "continue", "say", "announce", "agree", "vow",
                                 "decide", "resolve", "commit", "want", "seek", "wish"}


def purpose_of_past(verb: Token) -> bool:
    """A to-infinitive hung on a past verb that does not look ahead ("used ... to sit down")."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.pos_ not in {"VERB", "AUX"}:
        return False
    return told_as_past(head) and head.lemma_.lower() not in PROSPECTIVE
