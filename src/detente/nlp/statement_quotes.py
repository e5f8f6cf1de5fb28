"""Direct statements: a quote read with its speaker, cue, date, venue, stance and evidence."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from detente.nlp import speech
from detente.nlp.evidence import evidence_of
from detente.nlp.quotes import MIN_WORDS
from detente.nlp.stance import cue_stance, lexical_stance, stated_stance
from detente.nlp.statement_emphasis import emphasis
from detente.nlp.statement_occasions import speech_frame, when_said, where_said
from detente.nlp.statement_speakers import cue_and_speaker, neighbour_cue, read_by
from detente.records import Evidence, Statement


def _quote_evidence(doc: Doc, quote: Span, cue: Token | None) -> Evidence:
    """The sentences a direct quote was read from: where it opens through the sentence of its cue, so a
    signature or a "she said" after a quote of several sentences is part of the evidence."""
    first = doc[quote.start].sent
    if cue is None or first.start <= cue.i < first.end:
        return evidence_of(first)
    start, end = min(first.start, cue.sent.start), max(first.end, cue.sent.end)
    return evidence_of(doc[start:end])


def read_statement(doc: Doc, quote: Span) -> tuple[Statement, Token | None] | None:
    short = sum(1 for t in quote if t.is_alpha) < MIN_WORDS
    cue, speaker = cue_and_speaker(doc, quote, syntax_only=short)
    if speaker is None and not short:
        cue, speaker = neighbour_cue(doc, quote)
    speaker = read_by(doc, cue) or speaker
    if speaker is None or (short and speaker.actor_id is None):
        return None  # a scare quote ("called the talks "useful"") needs a named speaker to be a statement
    if _title_beside_clause(quote, cue):
        return None
    frame_date, venue = speech_frame(doc, quote, speaker.actor_id)
    if cue is not None:
        frame_date, venue = when_said(doc, cue) or frame_date, venue or where_said(doc, cue)
    text = re.sub(r"[\s,.;:]+$", "", quote.text)
    return Statement(
        speaker=speaker, quote=text, cue=cue.text if cue is not None else None,
        stance=stated_stance(cue) or cue_stance(cue) or lexical_stance(quote), date=frame_date, venue=venue,
        emphasized_by=emphasis(doc, cue), evidence=_quote_evidence(doc, quote, cue),
    ), cue


NAMING_DEPS = {"dobj", "dative", "pobj", "appos", "compound", "poss", "npadvmod"}


def _title_beside_clause(quote: Span, cue: Token | None) -> bool:
    """'told CBS's "Face the Nation" that ...': a quoted noun phrase outside the clause its cue reports is
    a title or a name, not the words said; the clause is (read as reported speech)."""
    if cue is None or cue.pos_ != "VERB":
        return False
    words = [t for t in quote if not t.is_punct]
    root = next((t for t in words if t.head.i not in {w.i for w in words}), None)
    if root is None:
        return False
    title = len(words) <= 6 and all(t.text[:1].isupper() for t in words if t.is_alpha and len(t) > 3)
    if not title and (root.dep_ not in NAMING_DEPS or root.pos_ not in {"NOUN", "PROPN"}):
        return False
    clause = speech.content_of(cue)  # a clause said ("that ..."), not an object named ("proposed the venue")
    return clause is not None and clause.root.pos_ in {"VERB", "AUX"} and \
        (clause.start >= quote.end or clause.end <= quote.start)


def quoting_clause(doc: Doc, quote: Span, cue: Token | None) -> Span | None:
    """The clause a cue reports when the quote is only part of it ("said the plan had "gone too far" and
    would be dropped"): what was said is the clause, of which the quote gives some words verbatim."""
    if cue is None or cue.pos_ != "VERB":
        return None
    clause = speech.content_of(cue)
    if clause is None or not (clause.start <= quote.start and quote.end <= clause.end + 1):
        return None
    outside = sum(1 for t in clause if t.is_alpha and not quote.start <= t.i < quote.end and not t._.in_quote)
    return clause if outside >= 3 else None
