"""Aid pledged or promised is aid still to be given: "pledged $300 million", "promised help to Syria"."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose object is given later: the pledge is told now, the giving lies ahead.
PLEDGING = {"pledge", "promise"}


def pledged_status(token: Token, event_type: str, status: str) -> str:
    """A pledge of aid (the pledging verb itself, or its object) is a decision to give later: planned.
    Other acts pledged ("pledged support") are done in the saying and keep their status."""
    if event_type != "AID" or status != "occurred":
        return status
    verb = token if token.pos_ == "VERB" else token.head if token.dep_ == "dobj" else None
    if verb is not None and verb.lemma_.lower() in PLEDGING and not any(c.dep_ == "neg" for c in verb.children):
        return "planned"
    return status
