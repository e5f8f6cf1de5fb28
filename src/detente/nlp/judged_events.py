"""An event already told, named again as what someone judges: "X called the agreement historic" is no
agreement by X, but the earlier agreement spoken of."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft

DEFINITE = {"the", "this", "that"}
WINDOW = 4  # sentences back an event named again may be found


def _judged_object(token: Token) -> bool:
    """A definite event noun that is the object of a verb with a subject ("Erdogan called the deal ...")."""
    verb = token.head
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and verb.pos_ == "VERB" \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) \
        and not any(c.dep_ == "prep" for c in token.children)  # "the deal with X" names its own parties


def _subject_only(d: Draft) -> bool:
    """The draft's parties are just the clause subject (no target of its own)."""
    subject = next((c for c in d.token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and not d.target and bool(d.source)


def merge_judged_events(drafts: list[Draft], index: dict[int, int]) -> list[Draft]:
    """Drop a judged definite event whose subject is none of the parties of an earlier event of its kind."""
    kept: list[Draft] = []
    for d in drafts:
        prev = None
        if _judged_object(d.token) and _subject_only(d):
            here = index[d.sent.start]
            prev = next((p for p in reversed(kept) if p.type == d.type and p.source and p.target
                         and here - index[p.sent.start] <= WINDOW
                         and not (d.countries("source") & (p.countries("source") | p.countries("target")))), None)
        if prev is None:
            kept.append(d)
        else:
            prev.repeats.append(d.token)
    return kept
