"""A person told by his state and office alone: "Lee and Prime Minister X met on Monday, when the Korean
minister visited Seoul". "The <demonym> minister" is the person of that state holding such an office whom
the text has just named, not a group of that state's ministers.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.doc_cache import sentences
from detente.nlp.mentions import Ref

OFFICE_NOUNS = {"minister", "president", "premier", "chancellor", "envoy", "ambassador", "secretary"}
WINDOW = 1  # the sentence before the description, besides its own


def _described(head: Token, ref: Ref | None) -> bool:
    """"the Indonesian minister": one office holder of a named state, with "the"."""
    return ref is not None and ref.kind == "group" and bool(ref.country) and head.tag_ == "NN" \
        and head.lemma_.lower() in OFFICE_NOUNS and any(c.lower_ == "the" for c in head.children)


def described_person(doc: Doc, head: Token, ref: Ref | None) -> Ref | None:
    """The latest person named before the description, of its state and holding its office."""
    if not _described(head, ref):
        return None
    sents = sentences(doc)
    idx = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    floor = sents[max(0, idx - WINDOW)].start
    office = head.lemma_.lower()
    return next((span._.ref for span in reversed(doc.spans["actors"])
                 if floor <= span.start < head.i and span._.ref.kind == "person"
                 and span._.ref.country == ref.country and office in (span._.ref.role or "").lower()), None)
