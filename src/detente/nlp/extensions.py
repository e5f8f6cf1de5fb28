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
        # boilerplate: never coded
        Token.set_extension("skip", getter=_flag_getter("skip"), setter=_flag_setter("skip"))
    if not Token.has_extension("in_quote"):
        Token.set_extension("in_quote", getter=_flag_getter("in_quote"), setter=_flag_setter("in_quote"))


# A token flag (skip, in_quote) is kept as one set per Doc of the flagged tokens' offsets (token.idx, the key
# spaCy itself gives token extensions): a loop over every token asks `token.idx in flagged(doc, "skip")`, ten
# times cheaper than `token._.skip`, which reads and writes the same set.
NO_FLAGS: frozenset[int] = frozenset()


def flagged(doc: Doc, name: str) -> set[int] | frozenset[int]:
    """The offsets (token.idx) of the tokens whose flag `name` is set; read it, never change it."""
    return doc.user_data.get("detente_flag_" + name, NO_FLAGS)


def _flag_getter(name: str):
    key = "detente_flag_" + name
    return lambda token: token.idx in token.doc.user_data.get(key, NO_FLAGS)


def _flag_setter(name: str):
    key = "detente_flag_" + name

    def set_flag(token: Token, value: bool) -> None:
        flags = token.doc.user_data.setdefault(key, set())
        if value:
            flags.add(token.idx)
        else:
            flags.discard(token.idx)
    return set_flag
