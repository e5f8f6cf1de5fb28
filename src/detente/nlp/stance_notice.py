"""A warning given as notice, not as a threat: "12 hours of warning", "48 hours' warning", "advance
warning", "passed warnings about the drones to Vilnius" tell of information handed over, which judges
nobody, though "warning" alone reads as a threat held out ("a stern warning to Seoul")."""

from __future__ import annotations

from spacy.tokens import Token

WARNING_NOUNS = {"warning", "warnings", "notice"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month"}
# Qualities of notice in time or amount ("advance warning", "adequate warning").
NOTICE_MODIFIERS = {"advance", "prior", "early", "adequate", "sufficient", "enough", "ample", "short"}
# Verbs of handing information on ("relayed warnings about the storm").
RELAY_VERBS = {"pass", "relay", "share", "forward", "transmit", "send"}


def _timed(noun: Token) -> bool:
    """"hours of warning", "48 hours' warning": notice measured in time."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in TIME_UNITS:
        return True
    return any(c.dep_ == "poss" and c.lemma_.lower() in TIME_UNITS for c in noun.children)


def _relayed(noun: Token) -> bool:
    """"passed warnings about the drones to Vilnius": notice handed on about a thing."""
    about = any(c.dep_ == "prep" and c.lower_ in {"about", "of"} for c in noun.children)
    return about and noun.dep_ == "dobj" and noun.head.lemma_.lower() in RELAY_VERBS


def notice_given(token: Token) -> bool:
    """A warning in the sense of notice given, timed, qualified as notice, or handed on."""
    if token.pos_ != "NOUN" or token.lower_ not in WARNING_NOUNS:
        return False
    modified = any(c.dep_ in {"amod", "compound"} and c.lower_ in NOTICE_MODIFIERS for c in token.children)
    return modified or _timed(token) or _relayed(token)
