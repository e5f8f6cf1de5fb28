"""Verbs that name an act only in one frame: "called for X to be done", "hit back, saying", "fired X at Y"."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

# Verbs whose participle gives the words of a retort ("hit back, saying it was unacceptable").
RETORT_PARTICIPLES = {"say", "write", "call", "argue", "tell", "describe"}
# What one files against another side: a charge before a court (PLOVER ACCUSE, CAMEO 115).
CASE_NOUNS = {"case", "lawsuit", "suit"}


def frame_trigger(token: Token) -> Trigger | None:
    """The act a verb names in the frame around it, when its lemma alone names none."""
    lemma = token.lemma_.lower()
    if lemma == "call" and _calls_for_clause(token):
        return Trigger("REQUEST", cameo="020")  # "called for them to be checked": an appeal, as "called for a check"
    if lemma == "hit" and _hits_back_saying(token):
        return Trigger("ACCUSE", "disapprove")  # a retort in words is a rebuke
    if lemma == "fire" and _fired_at(token):
        return Trigger("ASSAULT")  # "fired a missile at the city": a use of force whatever the weapon's name
    if lemma == "file" and any(c.dep_ == "dobj" and c.lemma_.lower() in CASE_NOUNS for c in token.children):
        return Trigger("ACCUSE", "allege")  # "filed the case": a charge before a court
    if lemma == "dispute" and any(c.dep_ == "dobj" for c in token.children):
        return Trigger("REJECT")  # "disputed the claim": a side's position turned down (CAMEO 12)
    if lemma == "engage" and _engages_side(token):
        return Trigger("CONSULT")  # "would engage Washington": taking the matter up with another side
    return None


def help_from_trigger(token: Token) -> Trigger | None:
    """"intercepted, with help from the navy": the noun "help" with its giver after "from" is aid (CAMEO 07)."""
    if token.lemma_.lower() != "help" or token.pos_ != "NOUN":
        return None
    givers = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
              if o.dep_ == "pobj"]
    return Trigger("AID") if givers else None


SIDE_LABELS = {"GPE", "ORG", "NORP", "PERSON"}


def _engages_side(token: Token) -> bool:
    """"engage Washington", "engaged the Taliban": the object is a side, not "engaged in talks" or "engage troops"."""
    return any(c.dep_ == "dobj" and c.ent_type_ in SIDE_LABELS for c in token.children)


def _calls_for_clause(token: Token) -> bool:
    """"called for the vote to be rerun": the parser makes "for" the mark of an infinitive clause."""
    return any(c.dep_ in {"advcl", "ccomp", "xcomp"} and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
               for c in token.children)


def _hits_back_saying(token: Token) -> bool:
    """"hit back from the stage, saying ...": the retort is told, not a blow ("hit back with tariffs" is none)."""
    back = any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in token.children)
    return back and any(c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in RETORT_PARTICIPLES
                        for c in token.children)


def _fired_at(token: Token) -> bool:
    """"fired an Oreshnik at Dnipro": an object launched at a place or side, not "fired the minister"."""
    return any(c.dep_ == "dobj" for c in token.children) and \
        any(c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" for o in c.children) for c in token.children)
