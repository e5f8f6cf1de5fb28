"""Meetings told together by place and day: "the rounds took place in Oslo in March and in Rome in May". Each
place told with its own day is a meeting of its own (PLOVER CONSULT, one record per meeting): the draft read
from the verb keeps the first pair, and each further pair makes a sibling with the same sides."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.events import Draft
from detente.records import Location


def _settings(verb: Token) -> list[Token]:
    """The objects of the verb's prepositions and of prepositions joined to them, in text order."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [j for p in preps for j in p.conjuncts if j.dep_ == "conj"]
    return sorted((g for p in preps for g in p.children if g.dep_ == "pobj"), key=lambda t: t.i)


def _place(doc: Doc, token: Token) -> Location | None:
    """The place a token names, as the actor tagger placed it ("London" -> GBR)."""
    mention = (doc._.mention_at or {}).get(token.i)
    ref = mention._.ref if mention is not None else None
    if ref is not None and ref.country:
        return Location(name=mention.text, country=ref.country)
    # a city no actor stands for ("Geneva"): its name alone, enough to match the place the draft already has
    return Location(name=token.text) if token.ent_type_ in {"GPE", "LOC"} else None


def _setting(doc: Doc, token: Token, dates: dict) -> tuple | None:
    """("place", Location) or ("date", DateValue) for one prepositional object, None for anything else."""
    place = _place(doc, token)
    if place:
        return "place", place
    return ("date", dates[token.i]._.date) if token.i in dates else None


def _pairs(doc: Doc, verb: Token) -> list[tuple]:
    """(place, day) pairs told in turn ("in Oslo in March and in Rome in May"); empty unless they alternate."""
    dates = doc._.date_at or {}
    told = [t for t in (_setting(doc, g, dates) for g in _settings(verb)) if t is not None]
    kinds = [k for k, _ in told]
    if len(told) < 4 or len(told) % 2 or kinds != ["place", "date"] * (len(told) // 2):
        return []
    return [(told[i][1], told[i + 1][1]) for i in range(0, len(told), 2)]


def split_conjoined_settings(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Each meeting after the first, told by its own place and day, becomes a sibling of the verb's draft."""
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        verb = d.token.head if d.token.dep_ in {"nsubj", "nsubjpass"} else d.token
        pairs = _pairs(doc, verb) if d.type == "CONSULT" and d.source and d.target else []
        if not pairs or d.location is None or d.location.name != pairs[0][0].name:
            continue
        out += [replace(d, location=place, date=day, repeats=[], links=[]) for place, day in pairs[1:]
                if day and place.country]
    return out
