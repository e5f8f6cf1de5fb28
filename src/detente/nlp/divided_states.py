""""the North's foreign ministry", "the South's military": in the story of a state divided in two (Korea),
"the North" and "the South" name its halves, as news writes them once both are introduced.

Read from the knowledge base, not from a list of cases: the words mean the state "North Y" (or "South Y") when
the knowledge base knows both "North Y" and "South Y" as states and the text names one of them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

HALVES = {"North", "South"}


def _divided_name(kb, doc: Doc) -> str | None:
    """Y of a "North Y" or "South Y" the text names, when both halves are states the knowledge base knows."""
    for token in doc:
        if token.text in HALVES and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            rest = doc[token.i + 1].text
            north, south = kb.country_code(f"North {rest}"), kb.country_code(f"South {rest}")
            if north and south and north != south:
                return rest
    return None


def compass_state(kb, token: Token) -> str | None:
    """The state "the North" or "the South" names in a story of a divided state, else None."""
    doc = token.doc
    if token.text not in HALVES or token.i == 0 or doc[token.i - 1].lower_ != "the" \
            or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
        return None
    rest = _divided_name(kb, doc)
    return kb.country_code(f"{token.text} {rest}") if rest else None
