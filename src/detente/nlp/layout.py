"""Layout component: line breaks start sentences; boilerplate and section headlines are never coded."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.quotes import mark_quotes
from detente.sources.boilerplate import detect_ai_disclaimer, find_boilerplate, find_headlines, guess_title


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


def _tokens_in(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else []


def _skip_title(doc: Doc) -> set[int]:
    """The article's own headline line is not coded (the body tells the same story) and names the article."""
    title = guess_title(doc.text)
    if not title:
        return set()
    start = doc.text.find(title)
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
    text = doc.text
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
