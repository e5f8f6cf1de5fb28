"""A second speaker's cue inside what the first is said to report ("X said A, and Y said B", "X warned that
A, while Y replied that B"): the first's words stop before it, so each cue keeps its own statement."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.nlp.speech_lexicon import REPORT_VERBS

CONTRAST_MARKS = {"while", "whereas"}


def before_rival(span: Span | None, clause: Token) -> Span | None:
    """The span up to the first rival cue after the clause's head (see rival_cue), else the span as it is; a
    complement counts only when hung from outside the span (a clause the words report keeps its own)."""
    if span is None:
        return None
    rival = next((t for t in span if t.i > clause.i and rival_cue(t)
                  and (t.dep_ != "ccomp" or not span.start <= t.head.i < span.end)), None)
    if rival is None:
        return span
    words = [t for t in span.doc[span.start:rival.left_edge.i]]
    while words and (words[-1].is_punct or words[-1].is_space or words[-1].dep_ == "cc"):
        words = words[:-1]  # the "," and "and" joining the two attributions
    return span.doc[words[0].i:words[-1].i + 1] if words else span


def rival_cue(tok: Token) -> bool:
    """A verb of saying in the narrative past with a subject of its own, joined on ("and Y said", "while Y
    said") or hung from the first cue as a second complement: another attribution, told beside the first.
    (A "that" clause joined on is the first speaker's words; a verb with "had" or "would" is part of them.)"""
    if tok.pos_ != "VERB" or tok.tag_ != "VBD" or tok.lemma_.lower() not in REPORT_VERBS:
        return False
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) or not _joined(tok):
        return False
    if not any(c.i > tok.i and not c.is_punct for c in tok.children):
        return False  # "..., Ushakov said.": a closing cue attributes the clause before it
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if tok.dep_ == "advcl":
        return bool(marks & CONTRAST_MARKS)
    return tok.dep_ in {"conj", "ccomp"} and "that" not in marks


def _joined(tok: Token) -> bool:
    """The attribution is joined on by a conjunction ("and Y said", "but Y said") or a contrast ("while Y said")."""
    first = tok.left_edge
    if first.lower_ in CONTRAST_MARKS:
        return True
    before = first.i - 1
    while before >= 0 and tok.doc[before].is_punct:
        before -= 1
    return before >= 0 and tok.doc[before].dep_ == "cc"
