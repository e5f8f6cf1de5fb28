"""Withheld answers: "declined to say whether Dong would accept such a call" is no new event.

The words report that a side has not answered a pending proposal (a call, an invitation). The
proposal gets that side's response (non_committal) and neither the answer verb ("accept") nor the
noun it governs ("a call", "an invitation to visit") becomes an event of its own. With no earlier
proposal in view, the noun's event is the proposal the answer refers to.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.event_dates import WINDOW
from detente.nlp.events import Draft
from detente.nlp.evidence import evidence_of
from detente.records import Response

ANSWER_VERBS = {"accept", "reject", "decline", "refuse", "rebuff", "welcome", "answer", "take"}
WITHHELD = {"non_committal", "under_consideration"}
PENDING = {"proposed", "under_consideration"}  # a planned event is agreed already: it awaits no answer
OFFER_NOUNS = {"invitation", "offer", "proposal", "overture", "request", "proposition", "suggestion"}


def _answered_noun(token: Token) -> Token | None:
    """The object of the answer verb, when it names an event or an offer ("such a call", "an invitation")."""
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if obj is None:
        return None
    from detente.nlp.triggers import trigger_for, trigger_for_head
    named = obj.lemma_.lower() in OFFER_NOUNS or trigger_for_head(obj) or trigger_for(obj) is not None
    return obj if named else None


def _withheld_answer(d: Draft) -> Token | None:
    """A draft that is only an open answer to a proposal: its answered noun, else None."""
    if d.status not in WITHHELD:
        return None
    if d.token.lemma_.lower() in ANSWER_VERBS and d.token.pos_ == "VERB":
        return _answered_noun(d.token)
    verb = d.token.head  # "whether Wei would accept such a call": the noun's own draft, told open
    noun = _answered_noun(verb) if d.token.dep_ == "dobj" and verb.lemma_.lower() in ANSWER_VERBS else None
    return noun if noun is not None and noun.i == d.token.i else None


def _inside(noun: Token, drafts: list[Draft]) -> list[Draft]:
    """Drafts told by the answered noun's phrase ("an invitation to visit Washington")."""
    span = {t.i for t in noun.subtree}
    return [d for d in drafts if d.token.i in span]


def _proposal(answer: Draft, inner: list[Draft], drafts: list[Draft], index: dict[int, int]) -> Draft | None:
    """The latest pending event before the answer, of the answered kind, aimed at the answering side."""
    here = index[answer.sent.start]
    side = answer.countries("source")
    kinds = {d.type for d in inner}
    modes = {d.mode for d in inner if d.mode}
    for d in reversed([d for d in drafts if d.token.i < answer.sent.start and all(d is not x for x in inner)]):
        if here - index[d.sent.start] > WINDOW:
            return None
        if d.status in PENDING and (not kinds or d.type in kinds) and (not modes or not d.mode or d.mode in modes) \
                and (not side or not d.target or side & (d.countries("target") | d.countries("source"))):
            return d
    return None


def settle_withheld_answers(drafts: list[Draft], index: dict[int, int]) -> list[Draft]:
    """Turn open answers into the response of the proposal they answer; drop the answer's own drafts."""
    dropped: set[int] = set()
    for answer in drafts:
        noun = _withheld_answer(answer)
        if noun is None or id(answer) in dropped:
            continue
        inner = [d for d in _inside(noun, drafts) if d is not answer]
        proposal = _proposal(answer, inner, drafts, index)
        by = next(iter(sorted(answer.countries("source"))), None)
        response = Response(by=by, status="non_committal", evidence=evidence_of(answer.sent))
        if proposal is not None:
            proposal.response = proposal.response or response
            dropped.update(id(d) for d in inner)
        elif inner:
            inner[0].status, inner[0].response = "proposed", response  # the noun tells the proposal itself
            dropped.update(id(d) for d in inner[1:])
        else:
            if answer.token.i == noun.i:
                answer.status, answer.response = "proposed", response
            continue
        dropped.add(id(answer))
    return [d for d in drafts if id(d) not in dropped]
