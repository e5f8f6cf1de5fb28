"""Events placed at a distance from another moment: "nearly three months after strikes hit X" dates the
strikes from the dated act the clause hangs on (or from a dated verb that is no event: "landed on Tuesday,
25 years to the day after aircraft struck the embassy"), and what the earlier event caused falls between
the two. Split out of event_dates.py."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from detente.nlp.events import Draft
from detente.records import DateValue

DISTANCE_SIGNS = {"after": -1, "before": 1}  # "three months after X": X lies three months earlier
DISTANCE_UNITS = {"day", "week", "month", "year"}


def _distance_clause(mark: Token) -> tuple[Token, list[Token]] | None:
    """"nearly three months after strikes led ...", "a week before the vote": the distance noun and the
    words that name the other moment (the clause's verb and subject, or the preposition's objects)."""
    if mark.dep_ == "mark":
        clause = mark.head
        # "after troops staged drills": the event may be the verb, its subject or its object
        named = [clause] + [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    elif mark.dep_ == "prep":
        clause, named = mark, [c for c in mark.children if c.dep_ in {"pobj", "pcomp"}]
    else:
        return None
    named += [c for n in named for c in n.conjuncts]
    distance = next((c for c in list(clause.children) + list(mark.children) if c.dep_ == "npadvmod"
                     and c.lemma_.lower() in DISTANCE_UNITS), None)
    return (distance, named) if distance is not None else None


def date_distances(drafts: list[Draft]) -> None:
    """"Agreed on Tuesday, nearly three months after strikes hit X": the event named in the "after"
    clause is dated from the dated event the clause hangs on (or a later mention of it), not given
    that event's day."""
    from detente.events.anchored_dates import distance_from
    at = {d.token.i: d for d in drafts}
    for anchor in (d for d in drafts if d.date is not None and d.date.value):
        # a later mention places it too: "They met on Friday. The meeting came a week after ..."
        marks = [t for m in [anchor.token, *anchor.repeats] for t in m.sent
                 if t.lower_ in DISTANCE_SIGNS and _hangs_on(t, m)]
        for mark in marks:
            found = _distance_clause(mark)
            if found is None:
                continue
            distance, named = found
            value = distance_from(anchor.date, _distance_text(distance), DISTANCE_SIGNS[mark.lower_])
            for d in (at[t.i] for t in named if t.i in at and at[t.i] is not anchor):
                if value is not None and (d.date is None or d.date == anchor.date):
                    d.date = value
            _date_consequences(named, anchor, value, at)
    _date_from_dated_verbs(drafts, at)


def _distance_text(distance: Token) -> str:
    """"nearly three months", "25 years to the day": the distance phrase (the exactness kept)."""
    doc = distance.doc
    tail = doc[distance.i + 1:distance.right_edge.i + 1].text.lower()
    end = distance.right_edge.i if tail == "to the day" else distance.i
    return doc[distance.left_edge.i:end + 1].text


def _own_day(verb: Token) -> DateValue | None:
    """The day a verb carries itself: hung on it, or inside its "on" phrase ("landed on Tuesday evening")."""
    from detente.nlp.event_dates import verb_day  # event_dates imports this module
    day = verb_day(verb.doc, verb)
    if day is not None:
        return day
    date_at = verb.doc._.date_at or {}
    inside = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree if t.i in date_at]
    return date_at[inside[0].i]._.date if inside else None


def _date_from_dated_verbs(drafts: list[Draft], at: dict[int, Draft]) -> None:
    """"The leader landed in X on Tuesday, 25 years to the day after aircraft struck the embassy": a distance
    clause on a verb that is no event but carries a day of its own dates the event the clause names."""
    from detente.events.anchored_dates import distance_from
    for d in (d for d in drafts if d.date is None and d.token.pos_ == "VERB" and d.token.dep_ == "advcl"):
        mark = next((c for c in d.token.children if c.dep_ == "mark" and c.lower_ in DISTANCE_SIGNS), None)
        found = _distance_clause(mark) if mark is not None else None
        governor = d.token.head
        day = _own_day(governor) if found is not None and governor.i not in at else None
        if day is None or not day.value:
            continue
        value = distance_from(day, _distance_text(found[0]), DISTANCE_SIGNS[mark.lower_])
        for other in (at[t.i] for t in found[1] if t.i in at):
            other.date = other.date or value


CAUSING_LEMMAS = {"lead", "prompt", "force", "push", "drive", "spur", "compel", "cause", "trigger"}


def _date_consequences(named: list[Token], anchor: Draft, value: DateValue | None, at: dict) -> None:
    """"a month after strikes led Tehran to curb X": the act the earlier event caused came between that
    event and the anchor; it is dated from the one to the day before the other, not on the anchor's day."""
    if value is None or value.first is None:
        return
    latest = (_iso(anchor.date.value) - timedelta(days=1)).isoformat()
    for verb in (t for t in named if t.lemma_.lower() in CAUSING_LEMMAS):
        for act in (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.i in at):
            d = at[act.i]
            if d is not anchor and (d.date is None or d.date == anchor.date) and value.first <= latest:
                d.date = DateValue(earliest=value.first, latest=latest, precision="range", text=value.text)


def _hangs_on(mark: Token, trigger: Token) -> bool:
    """The "after" phrase modifies the trigger's clause (its verb, or the verb of a noun trigger that is
    its object or subject)."""
    # "held talks a week after ...", "the meeting came a week after ...": a noun's clause places it
    heads = {trigger.i, trigger.head.i} if trigger.dep_ in {"dobj", "nsubj"} else {trigger.i}
    node = mark.head if mark.dep_ == "prep" else mark.head.head
    return node.i in heads


def _iso(value: str) -> date:
    return date.fromisoformat(value)
