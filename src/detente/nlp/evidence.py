"""Evidence: a sentence's text and exact character offsets into the article."""

from __future__ import annotations

from spacy.tokens import Span

from detente.nlp.doc_cache import doc_text
from detente.records import Evidence


def evidence_of(span: Span) -> Evidence:
    """Evidence for a span, trimmed of surrounding whitespace so doc.text[start:end] == sentence."""
    tokens = [t for t in span if not t.is_space]
    if not tokens:
        return Evidence(sentence="", start=span.start_char, end=span.start_char)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Evidence(sentence=doc_text(span.doc)[start:end], start=start, end=end)
