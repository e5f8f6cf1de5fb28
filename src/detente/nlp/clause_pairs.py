"""An engagement noun with "their" hanging from the verb that tells the same engagement is that event."""

from __future__ import annotations

from spacy.tokens import Token


def _governing_verb(token: Token) -> Token | None:
    """The verb an event noun hangs from as its object or purpose ("met for their talks", "held their talks")."""
    head = token.head
    # "for their talks" names the meeting's purpose; "after their meeting" is another, earlier one
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        head = head.head
    elif token.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and head.i != token.i else None


def _clause_engagement(d, earlier: list):
    """"U.S. and Chinese officials met on Tuesday for their first talks": "their talks" is the engagement
    the verb it hangs from tells (same kind and status), not a new one between a pair named later."""
    verb = _governing_verb(d.token)
    if verb is None or d.token.pos_ != "NOUN" or \
            not any(c.dep_ == "poss" and c.lower_ == "their" for c in d.token.children):
        return None
    return next((p for p in earlier if p.token.i == verb.i
                 and p.type == d.type and p.status == d.status), None)


def merge_clause_nouns(drafts: list) -> list:
    """Merge each such noun into its verb's event, which takes what it lacked from the noun."""
    kept: list = []
    for d in drafts:
        prev = _clause_engagement(d, kept)
        if prev is None:
            kept.append(d)
        else:
            prev.absorb(d)
    return kept
