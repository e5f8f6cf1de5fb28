"""Pieces posted somewhere: "in a video posted on Facebook", "in a message shared on Telegram" name the
platform through the participle that tells where the piece went out, not a preposition on the piece itself."""

from __future__ import annotations

from spacy.tokens import Token

# participles that tell where a piece went out
POSTING_VERBS = {"post", "share", "publish", "upload", "put", "release", "broadcast", "air", "carry"}


def posted_preps(pieces: list[Token]) -> list[Token]:
    """The prepositions of a posting participle on each piece: "video posted on Facebook" -> [on]."""
    return [p for o in pieces for v in o.children if v.dep_ == "acl" and v.tag_ == "VBN"
            and v.lemma_.lower() in POSTING_VERBS for p in v.children if p.dep_ == "prep"]
