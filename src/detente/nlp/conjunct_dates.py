"""The date a clause joined by "and" tells of its own: "held a state visit in May last year, and they met again at
a summit in Kazan in October" dates the meeting to October, wherever the parser hangs the date inside the clause
(here on the summit). Only a joined clause with no time of its own shares the first verb's (event_dates)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.records import DateValue

# clauses inside the joined one that tell other acts or moments: "and agreed to meet in June" (the meeting's
# June), "and met again when ...", "and signed a deal that took effect in May", "and then left on Friday"
NESTED_DEPS = {"relcl", "advcl", "ccomp", "acl", "xcomp"}
PAST_PREPS = {"since"}  # "and met again, the first time since 2019": that year is an earlier moment


def _nested(verb: Token) -> set[int]:
    """Tokens of clauses nested in `verb`'s clause, of clauses joined after it, and of "since" phrases."""
    inner = [c for c in verb.subtree if c.i != verb.i and (
        c.dep_ in NESTED_DEPS or c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} or c.lower_ in PAST_PREPS)]
    return {t.i for c in inner for t in c.subtree}


def conjunct_day(verb: Token) -> DateValue | None:
    """The date inside a joined clause's own words (not its nested clauses), or None when it tells none."""
    if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    date_at = verb.doc._.date_at or {}
    skip = _nested(verb)
    span = next((date_at[t.i] for t in verb.subtree if t.i in date_at and t.i not in skip), None)
    return span._.date if span is not None else None
