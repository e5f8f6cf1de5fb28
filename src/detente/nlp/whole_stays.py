"""A stay told in the clause of an act done during it ("met Xi in Beijing on Friday, closing a three-day visit"):
the visit is an act of its own (nlp/narrative_dates.bounded_stay keeps it apart from the meeting), held where
that act was, so the state it lies in hosted it."""

from __future__ import annotations

from detente.nlp.events import Draft
from detente.nlp.meeting_sides import host_of_place
from detente.nlp.narrative_dates import bounded_stay


def _clause_act(stay: Draft, drafts: list[Draft]) -> Draft | None:
    """The act whose verb the stay's bounding clause hangs from ("met ..., closing a visit" -> the meeting)."""
    verb = stay.token.head  # "closing"
    if verb.dep_ not in {"advcl", "xcomp", "conj"}:
        return None
    anchor = verb.head
    return next((p for p in drafts if p is not stay and anchor.i in {p.token.i, p.token.head.i}), None)


def place_bounded_stays(drafts: list[Draft]) -> None:
    """A bounded stay with no host takes the place of the act its clause tells, and that place's state as host."""
    for stay in drafts:
        if stay.target or not bounded_stay(stay.token):
            continue
        act = _clause_act(stay, drafts)
        location = stay.location or (act.location if act is not None else None)
        host = host_of_place(stay.source, location)
        if host:
            stay.location, stay.target = location, host
