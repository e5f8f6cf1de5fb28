"""An initialism standing for a body the story named in full before ("India's Border Security Force ... the
BSF"): the body itself, not an unknown organisation of no state.

News writes a body's initials once its full name is given; the knowledge base may know neither form. Read by
nlp/actors.py while it resolves the tagged mentions in order.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from detente.kb.text import is_acronym
from detente.nlp.mentions import Ref

# Words a body's initials skip ("Ministry of External Affairs": MEA).
SKIPPED = {"of", "the", "and", "for", "on", "in", "&"}
KEY = "initials:"  # prefix that keeps these keys apart from the family names the same table holds


def initials(name: str) -> str:
    """The capitals a name's words open with: "Border Security Force" -> "BSF" ("" if a word is lower-case)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in SKIPPED]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def remember_initials(span: Span, ref: Ref, seen: dict[str, Ref]) -> None:
    """Remember a named body by its initials, as written and as the knowledge base names it (first one wins)."""
    if ref.kind != "organisation" or ref.via == "unknown" and ref.country is None:
        return
    for name in (span.text, ref.name):
        letters = initials(name)
        if len(letters) >= 2:
            seen.setdefault(KEY + letters, ref)


def initialism_ref(span: Span, ref: Ref | None, seen: dict[str, Ref]) -> Ref | None:
    """The body an unknown all-capital mention abbreviates, if the story named one with those initials."""
    if ref is None or ref.via != "unknown" or ref.kind != "organisation" or not is_acronym(span.text):
        return None
    return seen.get(KEY + re.sub(r"[^A-Z]", "", span.text))
