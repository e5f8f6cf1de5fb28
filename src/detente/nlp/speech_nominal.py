"""Attributions cued by a noun or an adjective rather than a verb: "according to X, ...", "X's claim that
...", "X offered no proof that ...", "X is confident that ...". Split from speech.py, whose subject
finder they share."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.clauses import clause_span
from detente.nlp.speech import CUE_NOUNS, subject_of

# Adjectives of stance or certainty whose subject holds the clause: "X has been critical of ...",
# "X is confident that ...".
CUE_ADJECTIVES = {"critical", "skeptical", "sceptical", "confident", "sure", "certain", "convinced", "worried",
                  "concerned", "optimistic", "pessimistic", "hopeful", "adamant", "supportive", "dismissive",
                  "wary", "doubtful", "fearful", "angry", "furious", "upset"}
ADJECTIVE_PREPS = {"of", "about", "over", "that"}
# Nouns of evidence a speaker offers or withholds: "X offered no proof that ...".
EVIDENCE_NOUNS = {"proof", "evidence", "indication", "details", "explanation", "sign"}


def according_to(doc: Doc, token: Token) -> tuple[Token, Span, Span] | None:
    """"According to X, ...": (X's head, the cue "according to", the clause it sources)."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        to = doc[token.i + 1]
    source = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    head = token.head
    while head.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"} and head.head.i != head.i \
            and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    if head.i == token.i:
        return None
    content = clause_span(doc, head, {t.i for t in token.subtree})
    return (source, doc[token.i:to.i + 1], content) if content is not None else None


def adjective_cue(doc: Doc, adj: Token) -> tuple[Token, Span] | None:
    """"X has been critical of Y", "X is confident that ...": (X's head, what X holds)."""
    if adj.lemma_.lower() not in CUE_ADJECTIVES or adj.dep_ != "acomp":
        return None
    subj = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in adj.children if c.dep_ == "ccomp"), None)
    if clause is None:
        prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in ADJECTIVE_PREPS), None)
        clause = next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
    if subj is None or clause is None:
        return None
    content = clause_span(doc, clause)
    return (subj, content) if content is not None else None


def evidence_cue(doc: Doc, noun: Token) -> tuple[Token, Span] | None:
    """"X offered no proof that ...", "X gave no indication that ...": (X's head, the clause)."""
    if noun.lemma_.lower() not in EVIDENCE_NOUNS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    subj = subject_of(noun.head)
    if clause is None or subj is None:
        return None
    content = clause_span(doc, clause)
    return (subj, content) if content is not None else None


def nominal_cue(doc: Doc, noun: Token) -> tuple[Token, Span] | None:
    """"X's claim that ...", "a statement from X saying ...": (X's head, the clause)."""
    if noun.lower_ not in CUE_NOUNS or noun.pos_ != "NOUN":
        return None
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp", "appos"} and c.pos_ in {"VERB", "AUX"}
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if clause is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}), None)
        owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if owner is None:
        return None
    content = clause_span(doc, clause)
    return (owner, content) if content is not None else None


def statement_reader(doc: Doc, verbs: list[Token]) -> Token | None:
    """"in a statement from spokesman X", "in a statement read by X": the named person who gave the body's
    statement spoke its words (the body's spokesman), so the person is the speaker."""
    from detente.nlp.arguments import refs_for  # (arguments imports the speech modules)
    for v in verbs:
        docs = [g for p in v.children if p.dep_ == "prep" and p.lower_ in {"in", "through"}
                for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in {"statement", "communique"}]
        for noun in docs:
            holders = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "read by"
            names = [g for h in holders for p in h.children if p.dep_ in {"prep", "agent"}
                     and p.lower_ in {"from", "by"} for g in p.children if g.dep_ == "pobj"]
            person = next((n for n in names for r in refs_for(doc, n, False) if r.kind == "person"), None)
            if person is not None:
                return person
    return None
