"""A person told by his state and office alone: "Lee and Prime Minister X met on Monday, when the Korean
minister visited Seoul". "The <demonym> minister" is the person of that state holding such an office whom
the text has just named, not a group of that state's ministers. A bare
"the envoy" is the envoy just named, and "his guest" the person of the other state just named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.doc_cache import sentence_index, sentences
from detente.nlp.mentions import Ref

OFFICE_NOUNS = {"minister", "president", "premier", "chancellor", "envoy", "ambassador", "secretary"}
WINDOW = 1  # the sentence before the description, besides its own


def _described(head: Token, ref: Ref | None) -> bool:
    """"the Indonesian minister": one office holder of a named state, with "the"."""
    return ref is not None and ref.kind == "group" and bool(ref.country) and head.tag_ == "NN" \
        and head.lemma_.lower() in OFFICE_NOUNS and any(c.lower_ == "the" for c in head.children)


def _window_start(doc: Doc, head: Token, window: int) -> int:
    """The first token of the sentence `window` sentences before the head's own."""
    sents = sentences(doc)
    return sents[max(0, sentence_index(doc)[head.sent.start] - window)].start


def described_person(doc: Doc, head: Token, ref: Ref | None) -> Ref | None:
    """The latest person named before the description, of its state and holding its office."""
    if not _described(head, ref):
        return None
    floor = _window_start(doc, head, WINDOW)
    office = head.lemma_.lower()
    return next((span._.ref for span in reversed(doc.spans["actors"])
                 if floor <= span.start < head.i and span._.ref.kind == "person"
                 and span._.ref.country == ref.country and office in (span._.ref.role or "").lower()), None)


# "the envoy", "the ambassador": a bare definite envoy noun stands for the envoy just named
ENVOY_NOUNS = {"envoy", "ambassador", "emissary", "diplomat", "chargé"}
ENVOY_OFFICES = ("ambassador", "envoy", "high commissioner", "chargé", "charge d'affaires", "emissary")
# "his guest", "her host": the person of another state whom the possessor receives or visits
PARTNER_NOUNS = {"guest", "host", "visitor"}
ROLE_WINDOW = 3  # sentences before the anaphor, besides its own
# "the prince", "the sheikh": a title of rank a name is written with stands for the one just named with it
TITLE_NOUNS = {"prince", "princess", "king", "queen", "sheikh", "emir", "sultan", "pope"}


def _bare_definite(head: Token, determiners: set[str]) -> Token | None:
    """The determiner of a noun with no modifier but it ("the envoy", "his guest"), else None."""
    mods = [c for c in head.children if c.dep_ in {"det", "poss", "amod", "compound", "nmod", "nummod"}]
    return mods[0] if len(mods) == 1 and mods[0].lower_ in determiners else None


def _people_before(doc: Doc, head: Token):
    """Persons named before the head in its sentence and the few before it, latest first."""
    floor = _window_start(doc, head, ROLE_WINDOW)
    return (span._.ref for span in reversed(doc.spans["actors"])
            if floor <= span.start < head.i and span._.ref.kind == "person")


def role_anaphor(doc: Doc, head: Token, ref: Ref | None, owner=None) -> Ref | None:
    """The person a bare role noun points back to: "the envoy" the envoy just named; "his guest" (or host)
    the latest person named of another state than the possessor, found by `owner` (a pronoun -> Ref)."""
    if ref is not None or head.tag_ != "NN":
        return None
    lemma = head.lemma_.lower()
    if lemma in ENVOY_NOUNS and _bare_definite(head, {"the"}) is not None:
        return next((p for p in _people_before(doc, head)
                     if any(o in (p.role or "").lower() for o in ENVOY_OFFICES)), None)
    if lemma in TITLE_NOUNS and _bare_definite(head, {"the"}) is not None:
        return _titled_before(doc, head, lemma)
    pronoun = _bare_definite(head, {"his", "her"}) if lemma in PARTNER_NOUNS else None
    possessor = owner(pronoun) if pronoun is not None and owner is not None else None
    if possessor is None or possessor.kind != "person" or not possessor.country:
        return None
    return next((p for p in _people_before(doc, head)
                 if p.country and p.country != possessor.country), None)


def _titled_before(doc: Doc, head: Token, title: str) -> Ref | None:
    """The latest person named with this title before the head ("Prince Khalid ... The prince")."""
    floor = _window_start(doc, head, ROLE_WINDOW)
    return next((span._.ref for span in reversed(doc.spans["actors"])
                 if floor <= span.start < head.i and span._.ref.kind == "person"
                 and any(t.lower_ == title for t in span)), None)
