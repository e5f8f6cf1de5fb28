"""Where a verbal act told as someone's words happened: where those words were spoken.

"Speaking in Tokyo on Monday, the minister said Japan condemned the test", "X told reporters in Geneva that
his government rejected the plan": a protest, demand, threat, refusal or endorsement is made by saying it, so
the place the sentence gives the saying (a locative phrase on the speech verb, or the participle clause
before it) is the act's when the act's own words name none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.places import location_for
from detente.records import Location

VERBAL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}  # acts done in words
SAYING_LEMMAS = {"say", "tell", "state", "declare", "add"}  # verbs that report words said, in a that-clause
SAYING_DEPTH = 2  # "said he condemned", "said he would urge": the act's verb hangs one or two steps below


def saying_verb(token: Token) -> Token | None:
    """The speech verb whose reported clause the act is told in."""
    below = token
    for head in list(token.ancestors)[:SAYING_DEPTH]:
        if head.pos_ == "VERB" and head.lemma_.lower() in SAYING_LEMMAS and below.dep_ == "ccomp":
            return head
        below = head
    return None


def spoken_place(doc: Doc, token: Token, type_: str, blocked: set[int], kb) -> Location | None:
    """The place of the saying a verbal act is reported under, found as a trigger's own place is."""
    if type_ not in VERBAL_TYPES:
        return None
    verb = saying_verb(token)
    if verb is None:
        return None
    clause = next(c for c in verb.children if c.left_edge.i <= token.i <= c.right_edge.i)
    inside = {t.i for t in clause.subtree}  # the words said are no place of the saying
    found = location_for(doc, verb, blocked | inside, kb)
    return found if found is not None and found.country else None
