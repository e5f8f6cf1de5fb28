"""Layout component: line breaks start sentences; boilerplate and section headlines are never coded."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.doc_cache import doc_text
from detente.nlp.quotes import mark_quotes
from detente.sources.boilerplate import detect_ai_disclaimer, find_boilerplate, find_headlines, guess_title


# "KUALA LUMPUR —", "BEIJING, Aug. 29 (Xinhua) --": the place (group 1) opening an article's body.
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Za-z.\s0-9]{2,20})?\s*(?:\([^)]{1,30}\)\s*)?"
                      r"(?:\u2014|\u2013|--|-)\s")


def _mark_line_starts(doc: Doc) -> None:
    """A token after a newline starts a sentence: headlines and list items are not run-ons."""
    after_break = True
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break:
            token.is_sent_start = True
        after_break = False


def _mark_dateline(doc: Doc) -> None:
    """The body's first words after a dateline start its sentence: parsed with the dateline, the lead's
    subject became an apposition of the city and its date the dateline's day."""
    offset = 0
    for line in doc_text(doc).split("\n")[:12]:
        match = DATELINE.match(line) if line.strip() else None
        if match:
            token = next((t for t in doc if t.idx >= offset + match.end() and not t.is_space), None)
            if token is not None and token.idx < offset + len(line):
                token.is_sent_start = True
            return
        offset += len(line) + 1


def _tokens_in(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else []


def _skip_title(doc: Doc) -> set[int]:
    """The article's own headline line is not coded (the body tells the same story) and names the article."""
    title = guess_title(doc_text(doc))
    if not title:
        return set()
    start = doc_text(doc).find(title)
    span = _tokens_in(doc, start, start + len(title))
    for token in span:
        token._.skip = True
    article = doc._.article
    if article is not None and not article.title:
        article.title = title
    return {span[0].i} if len(span) else set()


@Language.component("detente_layout")
def layout_component(doc: Doc) -> Doc:
    """Set sentence starts at line breaks and flag boilerplate tokens and headline lines."""
    _mark_line_starts(doc)
    _mark_dateline(doc)
    text = doc_text(doc)
    blocks = find_boilerplate(text)
    for block in blocks:
        for token in _tokens_in(doc, block.start, block.end):
            token._.skip = True
    if doc._.article is not None:
        doc._.article.boilerplate = [block.as_dict() for block in blocks]
    headlines = set()
    for start, end in find_headlines(text):
        span = _tokens_in(doc, start, end)
        if len(span):
            headlines.add(span[0].i)
            for token in span:
                token._.skip = True
    headlines |= _skip_title(doc)
    doc._.headline_sents = headlines
    doc._.ai_assisted = detect_ai_disclaimer(text)
    mark_quotes(doc)
    return doc
