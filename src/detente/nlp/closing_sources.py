"""A closing outlet cue: "X said A, Xinhua reported". The agency only carries X's claim (as a closing
"according to" names a source), but the parser may hang "reported" under "said" as its content; the claim
A is then X's, and the agency's reading of it is no statement of its own."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.nlp import speech
from detente.records import Statement


def _closing_outlet(st: Statement, cue: Token, span: Span) -> bool:
    """A news outlet's reporting verb standing after what it reports, hung under another cue before it."""
    speaker = st.speaker
    return speaker is not None and speaker.sector == "JRN" and not (speaker.actor_id or "").startswith("person:") \
        and cue.lemma_.lower() in speech.REPORT_VERBS and span.end <= cue.i and cue.dep_ == "ccomp" \
        and speech.is_cue_verb(cue.head) and cue.head.i < span.start


def fold_closing_sources(found: list[tuple[Statement, Token, Span]]) -> list[tuple[Statement, Token, Span]]:
    """Drops each closing outlet's read and gives its content to the cue it hangs under."""
    closing = {cue.i: (st, span) for st, cue, span in found if _closing_outlet(st, cue, span)}
    if not closing:
        return found
    kept = []
    for st, cue, span in found:
        if cue.i in closing:
            continue
        carried = closing.get(span.root.i)
        if carried is not None and span.root.head.i == cue.i:
            span = carried[1]  # the claim without the agency's closing words
            st = replace(st, quote=span.text.rstrip())
        kept.append((st, cue, span))
    return kept
