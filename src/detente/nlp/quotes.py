"""Quoted passages: pairs of opening and closing quotation marks, straight or curly."""

from __future__ import annotations

from spacy.tokens import Doc, Span

OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"', "''": "''", "``": "''"}  # '' and `` as in print
MIN_WORDS = 4  # shorter quotes are scare quotes or labels unless a cue and speaker govern them
CLOSING = "\u201d"


def _closer(doc: Doc, i: int) -> str | None:
    """The mark that closes a quote opened at doc[i]; a closing mark set where an opening one belongs
    (after a space or line break, touching the next word: "\u201dFear. ...\u201d") opens one too."""
    token = doc[i]
    if token.text != CLOSING:
        return OPENERS.get(token.text)
    after_space = i == 0 or doc[i - 1].is_space or bool(doc[i - 1].whitespace_)
    touches_word = not token.whitespace_ and i + 1 < len(doc) and doc[i + 1].is_alpha
    return CLOSING if after_space and touches_word else None


def find_quotes(doc: Doc, min_words: int = MIN_WORDS) -> list[Span]:
    """Spans inside quotation marks (marks excluded) with at least `min_words` words."""
    quotes, i = [], 0
    while i < len(doc):
        closer = _closer(doc, i)
        j = i + 1
        if closer is not None:
            while j < len(doc) and doc[j].text != closer and "\n\n" not in doc[j].text:
                j += 1
            if j < len(doc) and doc[j].text == closer:
                inner = doc[i + 1:j]
                if sum(1 for t in inner if t.is_alpha) >= min_words:
                    quotes.append(inner)
                j += 1
            else:
                j = i + 1
        i = j
    return quotes


def mark_quotes(doc: Doc) -> None:
    """Flag tokens inside long quotes: their content is a statement, not a coded event."""
    doc._.quote_spans = find_quotes(doc, min_words=1)
    for span in doc._.quote_spans:
        if sum(1 for t in span if t.is_alpha) >= MIN_WORDS:
            for token in span:
                token._.in_quote = True
