"""Custom attributes the detente components set on Doc, Span and Token."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

DOC_ATTRS = {
    "article": None,          # ArticleMeta
    "published": None,        # datetime.date | None
    "events": None,           # list[Event]
    "statements": None,       # list[Statement]
    "counterparts": None,     # list[Counterparts]
    "actors": None,           # dict[actor_id, Actor]
    "cited_sources": None,    # list[str]
    "ai_assisted": False,
    "headline_sents": None,   # set of sentence start token indices that are section headlines
    "mention_at": None,       # dict[token index, Span] for actor mentions
    "date_at": None,          # dict[token index, Span] for resolved date expressions
    "quote_spans": None,      # list[Span] of quoted text
    "dateline": None,         # records.Location from a dateline ("KUALA LUMPUR —")
}


def register() -> None:
    """Register every extension once (safe to call repeatedly)."""
    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("ref"):
        Span.set_extension("ref", default=None)     # nlp.mentions.Ref for actor mentions
    if not Span.has_extension("date"):
        Span.set_extension("date", default=None)    # records.DateValue for date spans
    if not Token.has_extension("skip"):
        Token.set_extension("skip", default=False)  # boilerplate: never coded
    if not Token.has_extension("in_quote"):
        Token.set_extension("in_quote", default=False)
