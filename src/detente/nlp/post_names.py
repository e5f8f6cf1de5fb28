"""A named envoy the parser hangs on the place of his post: "Ukraine's ambassador in Senegal, NAME" sets the name
beside "Senegal", not beside "ambassador"; the name still tells who the envoy is."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

POST_PREPS = {"in", "to", "at"}  # "ambassador to X", "envoy in X", "chargé d'affaires at the embassy"


def _mention(doc: Doc, token: Token) -> Span | None:
    return (doc._.mention_at or {}).get(token.i)


def named_after_post(doc: Doc, head: Token) -> list[Span]:
    """Names in apposition to the place of a role noun's post ("envoy in Nairobi, NAME"), the place not a person."""
    places = [o for p in head.children if p.dep_ == "prep" and p.lower_ in POST_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return [span for o in places if _mention(doc, o) is not None and _mention(doc, o)._.ref.kind != "person"
            for a in o.children if a.dep_ == "appos" and (span := _mention(doc, a)) is not None]
