"""Cited sources: "according to State Department readouts", "reported Nikkei Asia", "told Reuters"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

REPORT_NOUNS = {"readout", "readouts", "report", "reports", "statement", "reporting", "account", "data"}
REPORT_VERBS = {"report", "say", "write", "cite", "quote"}
SAYING_VERBS = {"say", "state", "announce", "confirm", "report", "add", "tell", "note", "write"}


def _head_noun(token: Token) -> Token:
    """Climb compounds: "State Department readouts" -> "readouts"."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token


def _according_to(token: Token) -> bool:
    head = _head_noun(token)
    if head.dep_ == "poss" or (head.i != token.i and head.lower_ not in REPORT_NOUNS):
        return False
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _is_cited(span: Span) -> bool:
    root = span.root
    if _according_to(root):
        return True
    head = _head_noun(root)
    if head.i != root.i and head.lower_ in REPORT_NOUNS and head.dep_ == "nsubj" \
            and head.head.lemma_.lower() in REPORT_VERBS:
        return True  # "a Xinhua readout said"
    verb = root.head
    media = span._.ref.sector == "JRN"
    if span._.ref.kind == "organisation" and root.dep_ == "nsubj" and verb.lemma_.lower() in SAYING_VERBS:
        return True  # "China's defense ministry said ...": an institution the facts come from
    if verb.lemma_.lower() == "cite" and root.dep_ in {"dobj", "pobj"}:
        return True
    if verb.lemma_.lower() in REPORT_VERBS and root.dep_ in {"nsubj", "dobj"} and (media or verb.i < root.i):
        return media or span.label_ in {"ORG", "ACTOR"}
    return media and verb.lemma_.lower() == "tell" and root.dep_ in {"dobj", "dative"}


def cited_sources(doc: Doc) -> list[str]:
    """Named outlets and institutions the article cites for its facts, in order, without repeats."""
    names: list[str] = []
    for span in doc.spans.get("actors", []):
        if any(t._.skip for t in span) or span._.ref.kind == "person" or not _is_cited(span):
            continue
        name = span._.ref.name
        if not any(name in n or n in name for n in names):
            names.append(name)
    return names


@Language.component("detente_metadata")
def metadata_component(doc: Doc) -> Doc:
    doc._.cited_sources = cited_sources(doc)
    return doc
