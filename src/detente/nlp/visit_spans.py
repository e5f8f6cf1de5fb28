"""How long a visit told on one day lasted: from the visitor's arrival to the visitor's last dated act in the
host's land, departure included ("arrived on Tuesday ... left on Wednesday", "flew in on Friday ... on
Saturday, X opened a hospital"). Meetings held on one day of the visit keep their own day; only the visit itself (told
by a visit noun or by the coming) takes the span."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.day_counts import ARRIVAL_VERBS
from detente.nlp.event_dates import verb_day
from detente.nlp.events import Draft
from detente.nlp.narrative_dates import OCCASION_NOUNS
from detente.records import DateValue

STAY_NOUNS = OCCASION_NOUNS - {"summit"}  # a summit is the meeting itself, held on its day
MAX_STAY = 4  # days either side of the told day: a visitor's acts further off belong to another trip
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _one_day_visit(d: Draft) -> bool:
    """A visit that took place, dated by one day, told by a visit noun ("the first visit by") or by the coming
    ("flew into X on Friday"), in a known host country."""
    # told by the stay or the coming alone: talks, or an audience merged into the visit, keep their own day
    told = all(w.lemma_.lower() in STAY_NOUNS | ARRIVAL_VERBS for w in [d.token, *d.repeats])
    return d.mode == "visit" and d.status == "occurred" and told and d.date is not None \
        and bool(d.date.value) and d.location is not None and bool(d.location.country)


def _subjects(verb: Token) -> list[Token]:
    """Who does the verb: its subjects and their conjuncts, or the noun a "who" clause describes."""
    if verb.dep_ == "relcl":
        return [verb.head]
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return subj + [c for s in subj for c in s.conjuncts]


def _hosted_sentences(drafts: list[Draft], host: str) -> set[int]:
    """Starts of the sentences that place no act outside the host's land."""
    doc = drafts[0].token.doc
    elsewhere = {d.sent.start for d in drafts if d.location is not None and d.location.country
                 and d.location.country != host}
    return {s.start for s in doc.sents} - elsewhere


def visitor_days(doc: Doc, people: set[str], sentences: set[int]) -> list[date]:
    """The days of the visitor's own dated acts ("arrived on Tuesday", "left on Wednesday", "on Saturday, X
    and Y opened ...") told in sentences placed in the host's land."""
    days = []
    for verb in (t for t in doc if t.pos_ == "VERB" and t.sent.start in sentences):
        day = verb_day(doc, verb)
        if day is None or not day.value:
            continue
        if any(r.actor_id in people for s in _subjects(verb) for r in refs_for(doc, s, with_conjuncts=False)):
            days.append(date.fromisoformat(day.value))
    return days


def stretch_visits(drafts: list[Draft]) -> None:
    """A visit told on one day runs from the visitor's first to last dated act in the host's land (within a
    few days of the told day)."""
    if not drafts:
        return
    doc = drafts[0].token.doc
    for d in (d for d in drafts if _one_day_visit(d)):
        day = date.fromisoformat(d.date.value)
        people = {r.actor_id for r in d.source if r.kind == "person" and r.actor_id}
        host = d.location.country
        near = [x for x in visitor_days(doc, people, _hosted_sentences(drafts, host)) if abs((x - day).days) <= MAX_STAY]
        first, last = min([day, *near]), max([day, *near])
        if first < last:
            d.date = DateValue(earliest=first.isoformat(), latest=last.isoformat(), precision="days", text=d.date.text)

