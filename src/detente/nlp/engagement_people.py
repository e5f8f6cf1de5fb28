"""Who took part in an act told with state names: "Britain and France agreed on Thursday ..." and, in the
next sentence, "Starmer announced the pilot at a joint news conference with Macron": the people named in
another act of the same engagement (the same days, the same status, the same states; a meeting and what it
settled count as one engagement, and so do a meeting and a request made at it) take part for their state in
the act that names only the state.
Runs inside `event_links.settle`, once dates are settled (the day is what ties the acts together).
"""

from __future__ import annotations

from detente.nlp.events import Draft

# a meeting and the agreement it reached are one engagement; other acts join only acts of their own type
MEETING_TYPES = {"CONSULT", "AGREE"}
# acts of speech a leader makes to the other at their meeting ("Lee told Xi ... and asked for Beijing's help"):
# one that names the other side by its state alone was made to the people the meeting names
SPOKEN_AT_MEETINGS = {"REQUEST"}
SHORT_PRECISIONS = {"day", "days"}  # "in February" spans too many days to tie two acts together


def _kind(d: Draft) -> str:
    return "meeting" if d.type in MEETING_TYPES else d.type


def _days(d: Draft) -> tuple[str, str] | None:
    """The days an act took, when the text tells them to the day."""
    if d.date is None or d.date.precision not in SHORT_PRECISIONS or not d.date.first or not d.date.last:
        return None
    return d.date.first, d.date.last


def _same_engagement(a: Draft, b: Draft) -> bool:
    """Overlapping days, one status, and the same pair of states in a meeting and its outcome; else the same
    act told twice (its type and mode), where one shared state is enough ("recalled its ambassador" ...
    "the envoy has been recalled")."""
    da, db = _days(a), _days(b)
    if da is None or db is None or da[0] > db[1] or db[0] > da[1]:
        return False
    if a.status != b.status:
        return False
    shared = a.parties() & b.parties()
    if a.type in SPOKEN_AT_MEETINGS and b.type == "CONSULT":
        return len(shared) >= 2
    if _kind(a) != _kind(b):
        return False
    retold = _retold(a, b)
    if a.type not in MEETING_TYPES:  # a recall and an expulsion of one day are two acts, not one engagement
        return retold and len(shared) >= 1
    return len(shared) >= 2 or (retold and len(shared) == 1)


def _people(d: Draft, country: str) -> list:
    return [r for r in d.source + d.target if r.kind == "person" and r.country == country]


def _retold(a: Draft, b: Draft) -> bool:
    return a.type == b.type and a.mode == b.mode


def _lacks_people(d: Draft) -> bool:
    """A side names a state (or a body of it) and no person of that state."""
    return any(r.country and r.kind != "person" and not any(p.kind == "person" and p.country == r.country
                                                            for p in side)
               for side in (d.source, d.target) for r in side)


def _joiners(d: Draft, mates: list[Draft], side: str) -> list:
    """People of the mates for each state of a side that names no person of that state (one that names a
    person, "Vance used a stop ...", keeps it: who else went is told with its own act)."""
    refs = getattr(d, side)
    out: list = []
    for country in dict.fromkeys(r.country for r in refs if r.country):
        if any(r.kind == "person" and r.country == country for r in refs):
            continue
        for mate in mates:
            out += [p for p in _people(mate, country) if all(p.actor_id != r.actor_id for r in refs + out)]
    return out


def join_engagement_people(drafts: list[Draft]) -> None:
    """Add to each act the people its engagement's other acts name for the states it names without a
    person; they follow the state on its side (the side's first party stays the one the sentence named)."""
    dated = [d for d in drafts if _days(d) is not None and d.parties()]
    found = []
    for d in (d for d in dated if _lacks_people(d)):  # most acts name their people: return early
        mates = [m for m in dated if m is not d and _same_engagement(d, m)]
        if mates:
            found.append((d, _joiners(d, mates, "source"), _joiners(d, mates, "target")))
    for d, source, target in found:  # all found first: what one act gains lends nothing to another
        d.source += source
        d.target += target
