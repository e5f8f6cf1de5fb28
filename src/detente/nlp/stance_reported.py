"""Overtures reported, not offered: talks or a truce named only by who hosts them, their form, place or
start ("Oslo will host the talks", "the talks will be indirect", "the truce begins on Sunday"), and "step"
as the verb of stepping something up ("step up border checks"). Such words tell how things stand; they
take no side towards the other party."""

from __future__ import annotations

from spacy.tokens import Token

# Overtures that can be reported by their arrangements alone.
ARRANGED_NOUNS = {"talk", "talks", "negotiation", "negotiations", "truce", "ceasefire", "cease-fire",
                  "armistice"}
# Verbs that give talks a host or a setting ("host the talks", "are having direct talks").
HOSTING_VERBS = {"host", "hold", "have", "conduct", "stage", "convene"}
# Verbs that give talks or a truce a start or a setting ("begins on Sunday", "will be held in Oman").
SCHEDULE_VERBS = {"begin", "start", "commence", "open", "hold", "convene", "last", "run"}
# Adjectives of a meeting's format ("the talks will be indirect").
FORMAT_WORDS = {"direct", "indirect", "virtual", "technical", "informal", "formal", "bilateral",
                "trilateral", "closed", "public"}
# "take place", "take effect": a setting or a start, named by the object of "take".
TAKE_OBJECTS = {"place", "effect"}


def _arranged_by(verb: Token) -> bool:
    """The verb gives its subject a start, a setting or a format, and nothing more."""
    lemma = verb.lemma_.lower()
    if lemma in SCHEDULE_VERBS:
        return True
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ in TAKE_OBJECTS for c in verb.children)
    if lemma != "be":
        return False
    return any((c.dep_ == "acomp" and c.lower_ in FORMAT_WORDS) or
               (c.dep_ == "conj" and c.lemma_.lower() in SCHEDULE_VERBS) for c in verb.children)


# Parts of talks named in their place ("the next round of talks").
PART_NOUNS = {"round", "rounds", "session", "sessions"}


def _arranged(noun: Token) -> bool:
    """Talks or a truce as the object of a hosting verb or the subject of a verb that only sets them up."""
    if noun.lower_ not in ARRANGED_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in PART_NOUNS:
        noun = noun.head.head  # "host the next round of talks"
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in HOSTING_VERBS
    return noun.dep_ in {"nsubj", "nsubjpass"} and _arranged_by(head)


def _stepping_up(token: Token) -> bool:
    """"step up checks": the verb "step" with its particle intensifies what it governs; it is no overture."""
    return token.pos_ == "VERB" and token.lemma_.lower() == "step" and \
        any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)


def reported_only(token: Token) -> bool:
    """A conciliatory word that only reports arrangements or intensifies: it counts for neither side."""
    return _arranged(token) or _stepping_up(token)
