"""Names the tagger missed: "summoned Shi Yong, the acting head of the Chinese embassy" - a short run of
capitalised proper nouns that no entity covers, set beside a role phrase, is a person's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from detente.nlp.title_phrases import ROLE_NOUNS, _role_phrase_after

# Words of a body's or a place's name, never of a person's.
NOT_NAME_WORDS = {"ministry", "office", "council", "committee", "army", "navy", "force", "forces", "guard",
                  "department", "embassy", "party", "union", "house", "palace", "agency", "bank", "court",
                  "parliament", "assembly", "government", "republic", "kingdom", "state", "states", "news"}


def _name_like(span: Span) -> bool:
    """Two or three capitalised proper nouns, none a role, body or place word."""
    return 2 <= len(span) <= 3 and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and not t.ent_type_
        and t.lower_ not in ROLE_NOUNS | NOT_NAME_WORDS for t in span)


def _role_beside(doc: Doc, span: Span) -> bool:
    """A role phrase set after the name: parsed as its apposition ("X, the acting head of ..."), or read by
    position."""
    after = span.end < len(doc) and doc[span.end].text == ","
    appos = any(c.dep_ == "appos" and c.i > span.end and c.lower_ in ROLE_NOUNS for c in span.root.children)
    return after and (appos or _role_phrase_after(doc, span) is not None)


def untagged_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged name runs followed by ", <role phrase>", labelled PERSON; tokens in `taken` (titles) are skipped."""
    found = []
    for t in doc:
        if t.pos_ != "PROPN" or (t.i > 0 and doc[t.i - 1].pos_ == "PROPN") or t.i in taken:
            continue
        end = t.i
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        span = doc[t.i:end]
        if _name_like(span) and not any(i in taken for i in range(t.i, end)) and _role_beside(doc, span):
            found.append(Span(doc, t.i, end, label="PERSON"))
    return found
