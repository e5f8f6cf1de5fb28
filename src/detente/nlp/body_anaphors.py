"""Which international body "the bloc", "the alliance", "the union" stands for: the body named before it.

A body told only in a state's standing towards it ("a BRICS partner country", "EU member states") is not
what a later "the bloc" points back to while a body told in its own right ("a summit of the CSTO", "ASEAN
ministers") is there to take; it is taken when no other is. Read by `arguments.refs_for` for a definite noun head.
"The company" stands likewise for the firm named just before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.doc_cache import sentences
from detente.nlp.mentions import Ref

# Definite nouns that stand for the international body named just before ("the agency", "the alliance").
BODY_ANAPHORS = {"agency", "alliance", "bloc", "organisation", "organization", "union", "grouping"}
# Sentences back a story's bloc is looked for first; past that, the whole story (it may name it once).
NEAR = 3
MODIFIER_DEPS = {"compound", "amod", "nmod"}
# Nouns of a state's standing towards a body, which its name modifies ("a BRICS partner country").
STATE_STANDINGS = {"country", "state", "nation", "member", "ally", "partner", "candidate", "applicant"}

# Definite nouns that stand for the firm named just before ("the company", "the firm").
FIRM_ANAPHORS = {"company", "firm", "shipbuilder", "carmaker", "planemaker", "manufacturer"}


def firm_antecedent(doc: Doc, head: Token) -> Ref | None:
    """"signed with the company": the firm named within the few sentences before the bare definite noun."""
    modifiers = [c.lower_ for c in head.children if c.dep_ in {"det", "amod", "compound", "poss", "nmod"}]
    if head.lower_ not in FIRM_ANAPHORS or modifiers != ["the"]:
        return None
    sents = sentences(doc)
    idx = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    floor = sents[max(0, idx - NEAR)].start
    firms = [s for s in doc.spans.get("actors", []) if floor <= s.start < head.i and s._.ref is not None
             and s._.ref.sector == "BUS" and s._.ref.kind == "organisation"]
    return firms[-1]._.ref if firms else None


def is_body_anaphor(head: Token) -> bool:
    """"the bloc", "the alliance", "the bloc's summit": a definite body noun that is no name of its own."""
    return head.lower_ in BODY_ANAPHORS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _is_body(span: Span) -> bool:
    ref = span._.ref
    return ref is not None and ref.sector == "IGO" and ref.kind != "person"


def _attribute(span: Span) -> bool:
    """"a BRICS partner country", "an EU member state": the body's name tells a state's standing towards it;
    the body itself does nothing there ("ASEAN ministers", "EU chief Kallas" stand for their body)."""
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or span.start <= root.head.i < span.end:
        return False
    return root.head.lemma_.lower() in STATE_STANDINGS


def _bodies_before(doc: Doc, head: Token) -> list[Span]:
    """The bodies named before the head, latest first."""
    return [s for s in doc.spans.get("actors", []) if s.start < head.i and _is_body(s)][::-1]


def body_antecedent(doc: Doc, head: Token) -> Ref | None:
    """The body "the bloc" stands for: the latest named in its own right within a few sentences, else in the
    whole story before it, else the latest named at all."""
    near = near_body(doc, head)
    if near is not None:
        return near
    bodies = _bodies_before(doc, head)
    standing = [s for s in bodies if not _attribute(s)]
    return (standing or bodies)[0]._.ref if bodies else None


def near_body(doc: Doc, head: Token) -> Ref | None:
    """The latest body named in its own right within the few sentences before the head (None when none is)."""
    sents = sentences(doc)
    idx = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    floor = sents[max(0, idx - NEAR)].start
    return next((s._.ref for s in _bodies_before(doc, head) if s.start >= floor and not _attribute(s)), None)
