"""Quoted passages: pairs of opening and closing quotation marks, straight or curly."""

from __future__ import annotations

from spacy.tokens import Doc, Span

OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"', "''": "''", "``": "''"}  # '' and `` as in print
MIN_WORDS = 4  # shorter quotes are scare quotes or labels unless a cue and speaker govern them
CLOSING = "\u201d"
# Double marks close one another: an article may open with a curly mark and close with a straight one
# ("\u201cWe will win," he said. "We always do.\u201d"); read as a pair, a curly opener would run on to the
# next curly closer and swallow the cue between.
DOUBLE = {'"', CLOSING}


def _closes(doc: Doc, j: int, closer: str) -> bool:
    """Whether doc[j] closes a quote expecting `closer`: that mark, or the other double mark unless it
    stands as an opener (after a space, touching the next word: a quote nested in the quote)."""
    mark = doc[j].text
    if mark == closer:
        return True
    return closer in DOUBLE and mark in DOUBLE and not _opens(doc, j)


def _past_nested(doc: Doc, j: int, closer: str) -> int:
    """Past a quote nested in one expecting `closer` ("\u201cHe called it "a disaster" again,\u201d") when
    doc[j] opens one closed by the other double mark, so that mark does not end the outer quote."""
    nested = _closer(doc, j)
    if closer not in DOUBLE or nested not in DOUBLE or nested == closer or not _opens(doc, j):
        return j + 1
    k = j + 1
    while k < len(doc) and doc[k].text not in {nested, closer} and "\n" not in doc[k].text:
        k += 1
    return k + 1 if k < len(doc) and doc[k].text == nested else j + 1


def _opens(doc: Doc, i: int) -> bool:
    """A mark set as an opener: after a space or line break, touching the next word."""
    after_space = i == 0 or doc[i - 1].is_space or bool(doc[i - 1].whitespace_)
    return after_space and not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].is_alpha


def _closer(doc: Doc, i: int) -> str | None:
    """The mark that closes a quote opened at doc[i]; a closing mark set where an opening one belongs
    (after a space or line break, touching the next word: "\u201dFear. ...\u201d") opens one too."""
    token = doc[i]
    if token.text != CLOSING:
        return OPENERS.get(token.text)
    return CLOSING if _opens(doc, i) else None


def find_quotes(doc: Doc, min_words: int = MIN_WORDS) -> list[Span]:
    """Spans inside quotation marks (marks excluded) with at least `min_words` words."""
    quotes, i = [], 0
    while i < len(doc):
        closer = _closer(doc, i)
        j = i + 1
        if closer is not None:
            while j < len(doc) and not _closes(doc, j, closer) and "\n\n" not in doc[j].text:
                j = _past_nested(doc, j, closer)
            if j < len(doc) and _closes(doc, j, closer):
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
