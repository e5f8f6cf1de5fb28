"""Words said on the air ("announced the decision on state television", "said on national radio"): the
records give such a statement's venue as the broadcaster, named by the words before its noun."""

from __future__ import annotations

from spacy.tokens import Token

BROADCAST_NOUNS = {"television", "tv", "radio"}


def broadcaster(obj: Token) -> str | None:
    """"state television", "national radio": the noun of "on X" when it is a broadcast medium, with the words
    before it but no article or possessive ("on the country's state television" -> "state television")."""
    if obj.lower_ not in BROADCAST_NOUNS:
        return None
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in {"det", "poss", "case", "punct"}
             and t.tag_ != "PRP$" and not any(a.dep_ == "poss" for a in t.ancestors if a.i < obj.i)]
    return " ".join(t.text for t in words)
