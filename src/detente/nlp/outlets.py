"""News outlets the knowledge base lacks, told by how news names them: a press noun set right before the
name ("the daily Politika", "the party newspaper X", "the Serbian tabloid X", "state broadcaster X"), which
also gives the outlet's country when it carries a demonym. Used by the actor component (candidate names the
tagger missed, and the sector of names it could not resolve).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

PRESS_NOUNS = {"daily", "newspaper", "paper", "tabloid", "weekly", "broadsheet", "magazine", "journal",
               "broadcaster", "channel", "network", "outlet", "agency", "website", "portal", "gazette"}
MAX_NAME = 4


def is_press_noun(token: Token) -> bool:
    """"daily" as the noun of a newspaper ("the daily Politika"), not the adverb ("met daily")."""
    return token.lower_ in PRESS_NOUNS and token.pos_ in {"NOUN", "ADJ", "PROPN"} and token.i > 0 and \
        token.doc[token.i - 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}


BROADCAST_NOUNS = {"television", "tv", "radio"}


def press_named(token: Token) -> bool:
    """"the Polsat television channel", "the newspaper X", "state television": an outlet named by its press
    noun with a name or a describing word (a broadcast medium needs neither)."""
    if token.lower_ in BROADCAST_NOUNS:
        return True
    return token.lower_ in PRESS_NOUNS and any(c.dep_ in {"compound", "amod", "appos"} for c in token.children)


def press_descriptor(doc: Doc, start: int) -> Span | None:
    """The phrase before a name that ends in a press noun ("the Serbian daily"), or None."""
    if start == 0 or not is_press_noun(doc[start - 1]):
        return None
    i = start - 1
    while i > doc[start - 1].sent.start and doc[i - 1].pos_ in {"ADJ", "NOUN", "PROPN"} and start - i < 4:
        i -= 1
    return doc[i:start]


def outlet_spans(doc: Doc) -> list[Span]:
    """Names right after a press noun that the tagger did not mark ("for the daily Politika"): a run of
    capitalised words, labelled as an organisation."""
    found = []
    for tok in doc:
        if not is_press_noun(tok) or tok.i + 1 >= len(doc):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= MAX_NAME and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end > tok.i + 1 and not any(t.ent_type_ for t in doc[tok.i + 1:end]):
            found.append(Span(doc, tok.i + 1, end, label="ORG"))
    return found
