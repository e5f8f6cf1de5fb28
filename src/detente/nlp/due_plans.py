"""A subject told as due somewhere: "is due in Paris for talks on Saturday".

A present "be" with "due" as its complement and no infinitive of its own says the subject is expected at
a place or an occasion, so the talks or visit the clause tells lie ahead (planned), whatever the date
resolver makes of the weekday. ("is due to speak" is weighed by the modal rules of the infinitive.)
"""

from __future__ import annotations

from spacy.tokens import Token

# adjectives that say a subject is expected at a place or an occasion ("is due in Paris", "is due for talks")
AWAITED_ADJECTIVES = {"due"}


def due_there(verb: Token) -> bool:
    """"is due in Paris for talks": the clause verb is a present "be" whose complement is "due" alone."""
    if verb.lemma_ != "be" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return any(c.dep_ == "acomp" and c.lower_ in AWAITED_ADJECTIVES
               and not any(g.dep_ == "xcomp" for g in c.children) for c in verb.children)


# nouns of the arrangements still to be fixed for an event ("a date for the summit", "a venue for talks")
ARRANGEMENT_NOUNS = {"date", "venue", "time", "timing"}


def awaits_arrangement(token: Token) -> bool:
    """"too early to name a date for a meeting", "no date has been set for the summit": an event whose date
    or venue is being fixed lies ahead (planned)."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "for":
        return False
    return head.head.lemma_.lower() in ARRANGEMENT_NOUNS or _fixes_arrangement(head.head)


def _fixes_arrangement(verb: Token) -> bool:
    """"no date has been set for the summit", "they fixed a venue for talks": the parser hangs the "for" phrase
    on the verb whose subject or object is the arrangement."""
    return verb.pos_ == "VERB" and any(c.dep_ in {"nsubjpass", "dobj"} and c.lemma_.lower() in ARRANGEMENT_NOUNS
                                       for c in verb.children)
