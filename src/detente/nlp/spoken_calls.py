"""Leaders who "spoke" with each other where the sentence names no place: a call (PLOVER CONSULT 'phone').

News tells a meeting in person with its place or occasion ("talked for an hour inside the basilica", "met on
the sidelines of the summit") and a call often with no medium at all ("Putin also spoke on Wednesday with
Trump", "Zelensky said he spoke with Trump later"): speaking with the other side, with no place, gathering or
meeting word in the sentence, is remote. Asked by `triggers.mode_for` for a CONSULT with no mode of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

SPEAKING = {"speak"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
# words that put the two sides in one room: the talk is then no call
IN_PERSON_WORDS = {"meet", "meeting", "visit", "summit", "sideline", "sidelines", "margin", "margins", "host",
                   "trip", "dinner", "lunch", "forum", "conference"}


def spoken_remotely(token: Token) -> bool:
    """"spoke with Trump on Wednesday" (an addressee, no place, no meeting word in the sentence)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SPEAKING:
        return False
    addressed = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}]
    if not addressed or any(t.lemma_.lower() in IN_PERSON_WORDS or t.lower_ in IN_PERSON_WORDS for t in token.sent):
        return False
    placed = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "inside", "during"}
              for g in c.subtree if g.ent_type_ in PLACE_ENTS or g.pos_ == "NOUN"]
    return not placed
