"""The day of an act told in a bare "after" phrase or clause of another act ("paused the tariffs on Monday
after Mexico agreed to send troops", "granted a reprieve after speaking with X", "Speaking in Ankara after
talks with Y, Z insisted ...").

A date phrase belongs to the clause it sits in; a clause with none of its own is placed by the clause
that governs it. News tells with a bare "after" the step that led straight to the act reported (no
distance given, as "a week after" or "long after" would), so the undated step is that news day. The
dated outcome of talks is one case of this (`date_talks_by_outcome`, which runs the general rule
after it). Runs in `event_links.settle`, once the governing acts have their dates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.events import Draft
from detente.nlp.news_day import governed_news_day


def _after_governor(token: Token) -> Token | None:
    """The word a bare "after" phrase or clause holding `token` hangs on: "paused X after [Mexico agreed]",
    "granted Y after [speaking with Z]", "after [talks with Y]", "after [holding talks] with Y"."""
    if token.dep_ in {"pobj", "pcomp"} and _right_after(token.head):
        return token.head.head
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is not None and token.dep_ == "advcl" and _right_after(mark):
        return token.head
    if token.dep_ == "dobj" and token.head.dep_ == "pcomp":  # "after holding talks with Y": the gerund's object
        return _after_governor(token.head)
    return None


def _verb_of(node: Token) -> Token:
    """"granted X a reprieve after speaking with Y": the parser may hang the phrase on the verb's object;
    it places the verb's act."""
    return node.head if node.pos_ in {"NOUN", "PROPN"} and node.dep_ in {"dobj", "nsubj", "nsubjpass"} else node


def _main_verb(node: Token) -> Token:
    """Through a participle frame with no subject of its own ("Speaking in Ankara ..., Z insisted") to the
    verb it describes: the frame tells the moment of that verb."""
    while node.dep_ == "advcl" and node.tag_ in {"VBG", "VBN"} and node.head.i != node.i \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in node.children):
        node = node.head
    return node


def _day_of(doc: Doc, node: Token, at: dict[int, Draft]):
    """The day-precise date of the act `node` tells (a draft on it, or on its object or subject), else the
    one-day date hung on the word itself."""
    from detente.nlp.event_dates import verb_day  # event_dates imports this module's neighbours
    for d in [at.get(node.i)] + [at.get(c.i) for c in node.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]:
        if d is not None and d.date is not None and d.date.value:
            return d.date
    day = verb_day(doc, node)
    return day if day is not None and day.value else None


def date_right_after(doc: Doc, drafts: list[Draft]) -> None:
    """An undated act told in a bare "after" phrase or clause of a dated act took place that act's day."""
    at = {d.token.i: d for d in drafts}
    for d in (d for d in drafts if d.date is None and d.status == "occurred"):
        node = _after_governor(d.token)
        if node is None:
            continue
        for gov in dict.fromkeys([node, _verb_of(node), _main_verb(_verb_of(node))]):
            day = _day_of(doc, gov, at)
            if day is not None:
                d.date = day
                break
        else:  # the act it led to is undated: the day's news, when nothing tells another time
            d.date = governed_news_day(d, _main_verb(_verb_of(node)), drafts)


OUTCOME_TYPES = {"AGREE"}  # what talks produce: "signed the accord after talks"


def _right_after(prep: Token) -> bool:
    """A bare "after" ("signed it after talks"), not "a week after", "long after", "soon after"."""
    return prep.lower_ == "after" and not any(c.dep_ in {"npadvmod", "advmod"} for c in prep.children)


def date_talks_by_outcome(drafts: list[Draft]) -> None:
    """"signed the framework after talks hosted by X": the talks an agreement was reached right after,
    undated, are that day's talks: the agreement is their outcome."""
    at = {d.token.i: d for d in drafts}
    for d in (d for d in drafts if d.type in OUTCOME_TYPES and d.date is not None and d.date.value):
        for prep in (c for c in d.token.children if c.dep_ == "prep" and _right_after(c)):
            for obj in (g for g in prep.children if g.dep_ == "pobj" and g.i in at):
                talks = at[obj.i]
                if talks.type == "CONSULT" and talks.date is None and talks.status == "occurred":
                    talks.date = d.date
    if drafts:  # every act, not only talks, told in a bare "after" clause of a dated act
        date_right_after(drafts[0].token.doc, drafts)
