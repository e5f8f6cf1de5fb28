"""Short names the tagger missed: "Vance, accompanied by ..., spent", "Trump later signed a trade agreement":
a person's family name, or a one-word name the text already used for the person ("Prabowo"), standing alone
after the person was named is that person. Read by nlp/actors.py once the tagged mentions are resolved.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.nlp.mentions import Ref, fold

NOT_PEOPLE = {"GPE", "ORG", "NORP"}


def _short_forms(mentions: list[Span], seen: dict[str, Ref]) -> dict[str, Ref]:
    """Family names remembered, plus the one-word names the text gave a person ("Prabowo", a name it uses
    alone though it is not the family name): the first person a word names keeps it."""
    forms = dict(seen)
    for m in mentions:
        if m._.ref.kind == "person" and len(m) == 1 and m[0].is_title:
            forms.setdefault(fold(m[0].lower_), m._.ref)
    return forms


def _name_word(tok: Token) -> bool:
    """A proper noun, or a capitalised word opening a sentence, which the tagger reads as a common noun
    ("Trump later signed ...")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title and tok.is_sent_start)


def bare_surnames(doc: Doc, mentions: list[Span], seen: dict[str, Ref]) -> list[Span]:
    """Mentions for lone short names of people named before them that no mention covers."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    first: dict[str, int] = {}
    for m in mentions:
        first.setdefault(m._.ref.actor_id, m.start)
    forms = _short_forms(mentions, seen)
    found = []
    for tok in doc:
        ref = forms.get(fold(tok.lower_)) if _name_word(tok) and tok.i not in covered else None
        if ref is None or first.get(ref.actor_id, len(doc)) >= tok.i or tok.ent_type_ in NOT_PEOPLE:
            continue
        if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (tok.i - 1, tok.i + 1)):
            continue  # part of a longer name, someone else's
        span = Span(doc, tok.i, tok.i + 1, label="ACTOR")
        span._.ref = replace(ref, via="surname")
        found.append(span)
    return found
