"""Parse repairs for known people whose name opens with a word the parser reads as a function word.

"met To Lam", "with Do Hung": spaCy takes "To" for a preposition and hangs the rest of the name under it,
so the person is no object (or subject) of the clause, and the event loses that side. Once the knowledge
base has told that the span is one person's name, the name takes the place in the clause that its first
word held, and that word becomes part of the name. Runs inside the actor component, after mentions resolve.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Parts of speech that head no name: what the parser makes of a name's first word that looks like one.
FUNCTION_POS = {"ADP", "DET", "AUX", "PART", "SCONJ", "CCONJ", "PRON"}
# What a word's dependents in the clause are when it stands where a noun phrase would.
PREPOSITIONS = {"ADP"}


def _misread_first(span: Span) -> Token | None:
    """The name's first word when the parser took it for a function word heading the rest of the name."""
    if len(span) < 2 or not all(t.is_title or t.is_upper for t in span if t.is_alpha):
        return None
    first = span[0]
    # a name's own first word hangs inside the name ("Xi" under "Jinping"); a misread one heads the name
    # ("with To Lam": "Lam" under "To") or hangs outside it ("To Lam's visit": "Lam" under "visit")
    if first.pos_ not in FUNCTION_POS or span.start <= first.head.i < span.end:
        return None
    return first


def _clause_role(word: Token) -> str:
    """The dependency a noun phrase would have where the misread word stands: the object of a preposition,
    the subject before its verb, the object after it, or an apposition to a noun ("leader To Lam")."""
    head = word.head
    if head.i == word.i:
        return "ROOT"
    if head.pos_ in PREPOSITIONS:
        return "pobj"
    if head.pos_ in {"VERB", "AUX"}:
        return "nsubj" if word.i < head.i else "dobj"
    return "appos" if head.pos_ in {"NOUN", "PROPN"} else "npadvmod"


def _open_preposition(span: Span) -> Token | None:
    """The preposition just before the name that was left with no object ("talks with To Lam", where the
    parser hung "To" beside "with"): the name is its object."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.pos_ not in PREPOSITIONS or any(c.dep_ == "pobj" for c in before.children):
        return None
    return before


def _filler(first: Token, span: Span) -> Token:
    """What takes the misread word's place: its object when that lies past the name ("To Lam's visit":
    the visit), else the name's last word."""
    objects = [c for c in first.children if c.dep_ == "pobj"]
    outside = [c for c in objects if c.i >= span.end]
    return outside[0] if outside else span[-1]


def rehang_name(span: Span) -> bool:
    """Give a misread name its place in the clause; whether the parse changed."""
    first = _misread_first(span)
    if first is None:
        return False
    filler, role = _filler(first, span), _clause_role(first)
    head = first.head if first.head.i != first.i else filler
    opened = _open_preposition(span)
    if opened is not None:
        head, role = opened, "pobj"
    name = range(span.start, span.end)
    for child in list(first.children):  # the misread word's other dependents go with its place
        if child.i != filler.i and child.i not in name:
            child.head = filler
    filler.head, filler.dep_ = head, role
    last = span[-1]
    for token in span:
        if token.i not in {last.i, filler.i} and (token.head.i == first.i or token.i == first.i):
            token.head, token.dep_ = last, "compound"
    first.pos_, first.tag_ = "PROPN", "NNP"
    return True


def rehang_names(mentions: list[Span]) -> None:
    """Repair the parse around every known person's name that opens with a misread word."""
    for span in mentions:
        ref = span._.ref
        if ref is not None and ref.kind == "person" and ref.via != "unknown":
            rehang_name(span)
