"""A person is a party to an event dated before his office only when the text says so: "Koizumi visited
Pyongyang in 2004" is received by North Korea, not by the leader the article names elsewhere (in office
only since 2011). A leader inferred as a host (nlp/sides.py `leader_host`, side_context `leaders_of`) whom
the event's own sentences do not name, and who held none of his known offices by the event's last day,
gives way to his state. Runs inside `event_links.settle`, once dates are settled.
"""

from __future__ import annotations

from spacy.tokens import Doc

from detente.nlp.events import Draft
from detente.nlp.mentions import state_ref
from detente.nlp.sides import LEADER_ROLES, LEADER_VIA


def drop_out_of_office(doc: Doc, drafts: list[Draft]) -> None:
    """Replace, on each dated event, the inferred leaders not named in its sentences who took office after it."""
    from detente.nlp.context import current_kb
    kb = current_kb()
    for d in drafts:
        if d.date is None or not d.date.last:
            continue
        named = _named_in(doc, d)
        for side in ("source", "target"):
            refs = getattr(d, side)
            late = [r for r in refs if r.via == LEADER_VIA and r.actor_id not in named
                    and _took_office_after(kb, r, d.date.last)]
            if late:
                setattr(d, side, _with_states(kb, [r for r in refs if r not in late], late))


def _named_in(doc: Doc, d: Draft) -> set[str]:
    """The actors named in the sentences that tell the event (its own and its repeats')."""
    starts = {d.sent.start} | {t.sent.start for t in d.repeats}
    return {s._.ref.actor_id for s in doc.spans.get("actors", [])
            if s._.ref is not None and s.sent.start in starts}


def _took_office_after(kb, ref, day: str) -> bool:
    """A leader whose every known leading office (else every office) began after the day (an unknown
    start date says nothing): a vice-president of the time was not the host a president would be."""
    if ref.kind != "person" or not ref.actor_id:
        return False
    actor = kb.get(ref.actor_id)
    roles = actor.roles if actor is not None else []
    leading = [r for r in roles if r.office.strip().lower() in LEADER_ROLES] or roles
    return bool(leading) and all(r.start is not None and r.start > day for r in leading)


def _with_states(kb, kept: list, late: list) -> list:
    """The side without the late people, with their states added where the side lacks them."""
    out = list(kept)
    for code in dict.fromkeys(r.country for r in late if r.country):
        if all(r.country != code or r.kind != "state" for r in out):
            out.append(state_ref(code, kb, "office"))
    return out
