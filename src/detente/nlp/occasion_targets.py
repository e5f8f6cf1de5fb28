"""Whom an act told "in a call with Y" is aimed at: "X accepted the truce in a phone call with Y", "X made the
offer during talks with Y", "X pledged aid at a meeting with Y". An act done within an engagement, whose
own clause names no one it is aimed at, is addressed to the engagement's other party.
Runs inside `event_links.settle`, after the pair anaphors got their parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft

OCCASION_PREPS = {"in", "during", "at", "on"}


def _occasion_of(token: Token, by_token: dict[int, Draft]) -> Draft | None:
    """The engagement an act's verb holds through an occasion preposition ("accepted ... in a call"); the parser
    may hang the phrase on the verb's object ("accepted the pause in a call")."""
    holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.i in by_token):
            if by_token[obj.i].type == "CONSULT":
                return by_token[obj.i]
    return None


def aim_at_occasion(drafts: list[Draft]) -> None:
    """An act with a source and no target, told as done within a two-sided engagement its source takes part
    in, takes the engagement's other side as its target."""
    by_token = {d.token.i: d for d in drafts}
    for d in drafts:
        if d.target or not d.source or d.type == "CONSULT" or d.token.pos_ not in {"VERB", "AUX"}:
            continue
        occasion = _occasion_of(d.token, by_token)
        if occasion is None or not (occasion.source and occasion.target):
            continue
        mine = d.countries("source")
        if mine and mine <= occasion.countries("source") and not mine & occasion.countries("target"):
            d.target = list(occasion.target)
        elif mine and mine <= occasion.countries("target") and not mine & occasion.countries("source"):
            d.target = list(occasion.source)
