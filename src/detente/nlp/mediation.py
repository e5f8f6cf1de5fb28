"""Mediation: "Qatar offered to mediate between Israel and Hamas" is Qatar's third-party engagement with
the two parties (the analyst's convention: the mediator is the source, the parties the target).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for, without_role
from detente.nlp.events import Draft

MEDIATING_WORDS = {"mediate", "mediation", "arbitrate", "arbitration", "broker", "intercede", "facilitate"}


def _between(token: Token) -> Token | None:
    """The object of "between" hung on the mediating word (or on "help" above it: "help mediate between")."""
    for word in (token, token.head):
        prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is not None:
            return obj
    return None


def mediated_parties(doc: Doc, drafts: list[Draft]) -> None:
    """A mediating act with no target takes the parties it mediates between as its target."""
    for d in drafts:
        if d.type != "CONSULT" or d.target or d.token.lemma_.lower() not in MEDIATING_WORDS:
            continue
        obj = _between(d.token)
        if obj is None:
            continue
        mine = {r.actor_id for r in d.source}
        parties = [without_role(r) for r in refs_for(doc, obj) if r.actor_id not in mine]
        if parties:
            d.target = parties
            d.mode = d.mode or "third-party"
