"""Doers written without a name: "the government", "the council", "the statement" standing for a party
the text has already told of.

News names a state once and then lets "the government" act for it, and a document ("the statement",
"a statement accusing X") act for whoever issued it. The government is the state whose report holds it
("British media reported that the government ..."), else the party the sentences just before were about
(their main subject), else the state the story is told from; never a state named in what it does. A
document acts for its author: its owner, the one it is "by", the subject of the clause it is issued or
told in ("In a statement, X said"), or, written "the statement", the author of the one told just before.
Called by nlp/arguments.py for an acting head no mention covers.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from detente.nlp.bare_bodies import reporting_source, home_country
from detente.nlp.clause_subjects import is_dateline
from detente.nlp.context import current_kb
from detente.nlp.doc_cache import sentence_index, sentences
from detente.nlp.governing_bodies import remember_written, state_body
from detente.nlp.mentions import Ref, state_ref
from detente.nlp.named_states import country_named_in
from detente.nlp.syntax import governing_verb, prep_objects

RefsOf = Callable[[Doc, Token], list[Ref]]

# Nouns by which a story lets a state's government act once the state is known ("the government said").
GOVERNMENT_NOUNS = {"government", "administration", "cabinet", "junta"}
# Of those, the bodies a bare noun still names as a body of their own ("the cabinet decided": the state's
# cabinet); a bare "the government" stands for the state itself, as the records' `who` reads it.
NAMED_BODIES = {"cabinet", "junta"}
# A state's ministries act for it ("the ministry said"): when none was just named, the state the government is.
MINISTRY_NOUNS = {"ministry", "department"}
# Documents that act for whoever issued them ("the statement accused X", "a communique urging Y").
DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "resolution", "decree"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
LOOK_BACK = 2  # sentences before the head searched for the party or document it takes up


def bare_doer(doc: Doc, head: Token, refs_of: RefsOf) -> list[Ref]:
    """The party an unnamed doer stands for: a bare government's state, a document's author; [] if none."""
    lemma = head.lower_
    # (a document one issues, "signed a declaration committing ...", is the object: its issuer acts already)
    if lemma in DOCUMENT_NOUNS and (head.dep_ in SUBJECT_DEPS or head.dep_ == "pobj" and _holds_clause(head)):
        return document_author(doc, head, refs_of)
    if lemma in GOVERNMENT_NOUNS | MINISTRY_NOUNS and head.dep_ in SUBJECT_DEPS and _only_the(head):
        state = government_state(doc, head, refs_of)
        if state is None:
            return []
        if head.lower_ in NAMED_BODIES:  # "the cabinet decided": the body of the state the story is about
            body = state_body(state, [], head, via="context")
            remember_written(doc, body, head.text)
            return [body]
        return [_as_body(head, state) if lemma in MINISTRY_NOUNS else state]
    return []


def _as_body(head: Token, state: Ref) -> Ref:
    """"the ministry" of a state: that state's body, named as written (which of its ministries is not said)."""
    return Ref(f"group:{state.country.lower()}-{head.lower_}", head.lower_, state.country, "GOV", "organisation",
               via="context")


def _only_the(head: Token) -> bool:
    """"the government" and nothing more: no owner, modifier or place that names whose it is."""
    kept = {"det", "relcl", "acl", "punct", "cc", "conj"}
    return any(c.lower_ == "the" and c.dep_ == "det" for c in head.children) and \
        all(c.dep_ in kept for c in head.children)


def _holds_clause(noun: Token) -> bool:
    """"a statement accusing X": a verb clause hangs on the document noun and tells what it does."""
    return any(c.dep_ == "acl" and c.pos_ == "VERB" for c in noun.children)


def government_state(doc: Doc, head: Token, refs_of: RefsOf) -> Ref | None:
    """The state "the government" is: its report's source's, the recent main subject's, the story's;
    never one named in what the government does ("the government expelled the Colombian envoy")."""
    kb = current_kb()
    acted = _acted_countries(doc, head)
    source = reporting_source(Span(doc, head.i, head.i + 1))
    candidates = [country_named_in(kb, source.subtree) if source is not None else None,
                  *_recent_subject_countries(doc, head, refs_of), home_country(kb, doc)]
    code = next((c for c in candidates if c and c not in acted), None)
    return state_ref(code, kb, via="context") if code else None


def _acted_countries(doc: Doc, head: Token) -> set[str]:
    """The countries named in the clause the head is subject of, after it (what it acts on)."""
    verb = head.head
    spans = doc._.mention_at or {}
    return {spans[t.i]._.ref.country for t in verb.subtree if t.i > head.i and t.i in spans} - {None}


def _recent_subject_countries(doc: Doc, head: Token, refs_of: RefsOf) -> list[str]:
    """The countries of the main subjects of the sentences just before the head's, latest first."""
    sents = sentences(doc)
    idx = sentence_index(doc)[head.sent.start]
    found = []
    for sent in reversed(sents[max(0, idx - LOOK_BACK):idx]):
        subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS and not is_dateline(c)), None)
        refs = refs_of(doc, subject) if subject is not None else []
        found += [r.country for r in refs[:1] if r.country and r.sector != "JRN"]
    return found


def document_author(doc: Doc, noun: Token, refs_of: RefsOf) -> list[Ref]:
    """Who issued a document: named with it, else (for "the statement") the author of one told just before."""
    own = _named_author(doc, noun, refs_of)
    if own or not any(c.lower_ == "the" for c in noun.children):
        return own
    sents = sentences(doc)
    idx = sentence_index(doc)[noun.sent.start]
    floor = sents[max(0, idx - LOOK_BACK)].start
    for earlier in (doc[i] for i in range(noun.i - 1, floor - 1, -1)):
        if earlier.lower_ in DOCUMENT_NOUNS and (author := _named_author(doc, earlier, refs_of)):
            return author
    return []


def _named_author(doc: Doc, noun: Token, refs_of: RefsOf) -> list[Ref]:
    """"Mali's statement", "a statement by X", "In a statement, X said", "X issued a statement": the author."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += prep_objects(noun, {"by", "from"})
    found = [r for o in owners for r in refs_of(doc, o)]
    if found or noun.dep_ in SUBJECT_DEPS:
        return found
    verb = governing_verb(noun)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and not is_dateline(c)), None)
    if subject is None or subject.i == noun.i or subject.lower_ in DOCUMENT_NOUNS:
        return []
    found = [r for t in [subject, *subject.conjuncts] for r in refs_of(doc, t) if r.country or r.sector == "IGO"]
    code = country_named_in(current_kb(), subject.subtree) if not found else None  # "Peru's cabinet": a body the KB lacks
    return found or ([state_ref(code, current_kb(), via="context")] if code else [])


def governing_bare_doer(doc: Doc, pronoun: Token, refs_of: RefsOf) -> list[Ref]:
    """"the government said it was recalling ...": a subject "it" of a reported clause is the unnamed doer
    (a bare government, a document) that reports it."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in SUBJECT_DEPS:
        return []
    verb = pronoun.head.head if pronoun.head.dep_ == "ccomp" else None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None
    if subject is None or subject.i > pronoun.i or subject.lower_ not in GOVERNMENT_NOUNS | MINISTRY_NOUNS | DOCUMENT_NOUNS:
        return []
    return bare_doer(doc, subject, refs_of)


def document_holder(verb: Token) -> list[Token]:
    """"a statement accusing X of ...": a subjectless clause on a document noun is the document's act."""
    noun = verb.head
    return [noun] if verb.dep_ == "acl" and verb.pos_ == "VERB" and noun.lower_ in DOCUMENT_NOUNS else []
