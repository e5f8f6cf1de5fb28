"""Claims turned against each other under one cue: "said that A, but that B" is two statements (README
conventions 16 and 23): the contrast does not join the claims, so each part keeps its own words and stance,
with the cue, speaker, date and venue they share."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.nlp.stance import cue_stance, lexical_stance, stated_stance
from detente.records import Statement

# words that turn a second "that" clause against the first ("but that", "yet that", "while that")
TURNS = {"but", "yet", "while"}


def _trimmed(span: Span) -> Span | None:
    """The span without punctuation or a joining word at either end; None when no claim is left."""
    tokens = [t for t in span]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in TURNS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in TURNS or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    if sum(1 for t in tokens if t.is_alpha) < 2 or not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return None
    return span.doc[tokens[0].i:tokens[-1].i + 1]


def turned_mark(span: Span) -> Token | None:
    """The "that" opening a second clause of the content after a turning word, when that clause hangs on
    the first (a conjunct or an adverbial clause of its verb) and runs to the content's end."""
    doc = span.doc
    last = max((t.i for t in span if not t.is_punct), default=span.start)
    for t in span:
        if t.i <= span.start + 1 or t.dep_ != "mark" or t.lower_ != "that" or doc[t.i - 1].lower_ not in TURNS:
            continue
        verb = t.head
        if verb.dep_ in {"conj", "advcl"} and span.start <= verb.head.i < t.i and verb.left_edge.i >= t.i - 1 \
                and verb.right_edge.i >= last:
            return t
    return None


def claim_parts(span: Span) -> list[Span]:
    """The content's claims: the words before the turn and the clause after it; the span alone when
    nothing turns it."""
    mark = turned_mark(span)
    if mark is None:
        return [span]
    first, second = _trimmed(span.doc[span.start:mark.i]), _trimmed(span.doc[mark.i + 1:span.end])
    return [first, second] if first is not None and second is not None else [span]


def turned_sequel(span: Span, cue: Token | None) -> Span | None:
    """"said she had told X that A, but that B": a turned "that" clause the parser conjoined to the cue
    itself, after its content, is the cue's second claim (the content stops before the turn)."""
    if cue is None or span.end <= cue.i:
        return None
    doc = span.doc
    for clause in (c for c in cue.children if c.dep_ == "conj" and c.i >= span.end):
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if mark is not None and mark.i > 0 and doc[mark.i - 1].lower_ in TURNS and clause.left_edge.i >= mark.i - 1:
            return _trimmed(doc[mark.i + 1:clause.right_edge.i + 1])
    return None


def split_turned(reads: list[tuple[Statement, Token | None, Span]]) -> list[tuple[Statement, Token | None, Span]]:
    """Each read whose content turns ("but that") as one read per claim, each judged on its own words."""
    out = []
    for st, cue, span in reads:
        parts = claim_parts(span)
        sequel = turned_sequel(span, cue)
        if sequel is not None and not any(sequel.start < r[2].end and r[2].start < sequel.end for r in reads):
            parts = parts + [sequel]
        if len(parts) == 1:
            out.append((st, cue, span))
            continue
        stance = (stated_stance(cue) or cue_stance(cue)) if cue is not None else None
        for part in parts:
            quoted = any(t._.in_quote for t in part)
            out.append((replace(st, quote=part.text, stance=stance or lexical_stance(part),
                                direct=st.direct and quoted), cue, part))
    return out
