"""What detente's components read from a Doc many times and spaCy rebuilds on every call (the text, the
sentences), built once per Doc and kept in doc.user_data."""

from __future__ import annotations

from spacy.tokens import Doc, Span

TEXT_KEY, SENTS_KEY, INDEX_KEY = "detente_text", "detente_sents", "detente_sent_index"


def doc_text(doc: Doc) -> str:
    """doc.text, joined once: a Doc's text never changes, yet spaCy joins every token's text on each call."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def sentences(doc: Doc) -> tuple[Span, ...]:
    """doc.sents as a tuple, kept once the parser has set the boundaries (no later component moves them)."""
    sents = doc.user_data.get(SENTS_KEY)
    if sents is None:
        sents = tuple(doc.sents)
        if doc.has_annotation("DEP"):  # before the parser (the layout) boundaries are still to come
            doc.user_data[SENTS_KEY] = sents
    return sents


def sentence_index(doc: Doc) -> dict[int, int]:
    """Each sentence's first token index -> the sentence's place in the article; read it, never change it."""
    index = doc.user_data.get(INDEX_KEY)
    if index is None:
        index = {s.start: i for i, s in enumerate(sentences(doc))}
        if doc.has_annotation("DEP"):
            doc.user_data[INDEX_KEY] = index
    return index
