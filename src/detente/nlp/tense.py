"""Tense against dates in event status: the verb's tense tells when an act happened where a date or an
announcement would say otherwise ("On the 13th, rebels attacked", "announced that it has earmarked")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.records import DateValue


def past_told_ahead(token: Token, when: DateValue, published) -> bool:
    """"On the 13th, rebels attacked ...": a past-tense clause whose yearless date resolved after publication;
    the tense tells the time, so the date does not make the act planned."""
    return told_as_past(tense_verb(token)) and published is not None and bool(when.first) \
        and when.first > published.isoformat()


def done_when_told(token: Token) -> bool:
    """"announced that it has earmarked": the act's own verb in a perfect tense tells it done (for an event
    noun, "have confirmed participation", the perfect is the confirming verb's, not the act's)."""
    return token.pos_ == "VERB" and (is_perfect(token) or in_force_when_told(token) or under_way(token))


def under_way(verb: Token) -> bool:
    """"announced that it was suspending relations": a progressive tells the act under way as it is told
    (unless its clause dates it ahead: "was sending troops next month")."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
        and not _dated_ahead(verb)


def _dated_ahead(verb: Token) -> bool:
    """A date in the verb's clause that lies after publication."""
    date_at, published = verb.doc._.date_at or {}, verb.doc._.published
    days = [date_at[t.i]._.date for t in verb.subtree if t.i in date_at]
    return published is not None and any(d is not None and d.first and d.first > published.isoformat()
                                         for d in days)


def in_force_when_told(verb: Token) -> bool:
    """"announced it was leaving the bloc with immediate effect", "effective immediately": the act holds from
    the announcement on, so the announcement tells it done."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            if any(g.lemma_ == "effect" and any(a.lower_ == "immediate" for a in g.children) for g in child.children):
                return True
        if child.lower_ == "effective" and any(g.lower_ == "immediately" for g in child.children):
            return True
    return False


def is_perfect(verb: Token) -> bool:
    """"has earmarked", "had withdrawn": a participle with "have"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def told_as_past(verb: Token) -> bool:
    """A verb in the past or perfect ("met", "had withdrawn"): it tells what has happened."""
    return verb.tag_ == "VBD" or is_perfect(verb)


def tense_verb(token: Token) -> Token:
    """The verb whose tense tells when the trigger's act happens (the trigger itself, or its clause's verb)."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def told_as_standing(token: Token) -> bool:
    """"has threatened", "have urged X to demand": a present perfect states a position held up to the
    time of writing, not the news of some day, so the act takes no other event's date."""
    verb = tense_verb(token)
    while verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ in {"VERB", "AUX"} and not _has_aux(verb):
        verb = verb.head  # "urged Washington to demand": the governing verb's tense
    return is_perfect(verb) and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"}
                                    for c in verb.children)


def _has_aux(verb: Token) -> bool:
    """The verb carries its own auxiliary ("has met"), so its tense is its own."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def ahead_of_governor(token: Token, governor: Token | None) -> bool:
    """"they agreed to open negotiations": a simple-past governor with a to-infinitive tells an act that comes
    after the governing (unlike "the call was arranged" or "had agreed to meet", which tell history)."""
    if governor is None or governor.tag_ != "VBD":
        return False
    verb = token
    for _ in range(4):
        if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return verb.head.i == governor.i
        if verb.head.i == verb.i or verb.head.i == governor.i:
            return False
        verb = verb.head
    return False
