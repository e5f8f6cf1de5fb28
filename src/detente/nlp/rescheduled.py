"""Postponed events given a new day: "put off the visit, moving it to March 10". The original date is called
off (the draft read from the postponing verb stays cancelled) and the new day is an event still ahead: a
sibling draft with the same sides, status planned, dated by the day the event was moved to."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.events import Draft
from detente.nlp.syntax import prep_objects

MOVING_LEMMAS = {"move", "reschedule", "shift", "push", "bring", "set"}  # "moving it to", "rescheduling it for"
NEW_DAY_PREPS = {"to", "for", "until"}
RESUMPTIVE = {"it", "them"}


def _governing_verb(token: Token) -> Token:
    """The verb that postponed the event word: its head when the word is its object."""
    return token.head if token.dep_ in {"dobj", "nsubjpass"} else token


def _moving_clauses(verb: Token) -> list[Token]:
    """Verbs told alongside the postponing one ("..., moving it to", "and rescheduled it for")."""
    return [c for c in verb.children if c.dep_ in {"advcl", "conj"} and c.lemma_.lower() in MOVING_LEMMAS]


def _moves_event(clause: Token, event: Token) -> bool:
    """The moving verb's object is the event itself or a pronoun standing for it."""
    return any(c.dep_ == "dobj" and (c.lower_ in RESUMPTIVE or c.lemma_ == event.lemma_) for c in clause.children)


def _new_day(doc: Doc, clause: Token):
    """The date the event was moved to: the dated object of "to"/"for"/"until" on the moving verb."""
    dates = doc._.date_at or {}
    day = next((dates[g.i] for g in prep_objects(clause, NEW_DAY_PREPS) if g.i in dates), None)
    return day._.date if day is not None else None


def split_rescheduled(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A cancelled event moved to a new day gets a planned sibling on that day."""
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        if d.status != "cancelled":
            continue
        for clause in _moving_clauses(_governing_verb(d.token)):
            day = _new_day(doc, clause) if _moves_event(clause, d.token) else None
            if day is not None:
                out.append(replace(d, status="planned", date=day, repeats=[], links=[], response=None))
                break
    return out
