"""What the linker knows about one event, and whether it can belong to a thread of other events.

An event joins a thread when it is the same kind of engagement (kind family), between overlapping
parties (the same actor, or the same country and sector, on each side the two share), at compatible
dates and places. Dates are compared by what the status means: an event that *occurred* has the day
it happened; a proposal or plan has the day it is meant for (often unknown) and the day it was
reported. Two calls on different days are two threads; a proposal reported before a call, with a
window that holds the call's day, is the same thread. An article that reports an engagement as held
and, on a later day, one still to come speaks of two engagements; a plan named without place or day
joins one named with them only while that one is recent (RECENT).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from detente.records import normalise_text
from detente.store.rows import day_first, day_last
from detente.threads.kinds import IN_PERSON, family, kind_of, lemma

PENDING = frozenset({"proposed", "planned", "under_consideration", "confirmed", "accepted",
                     "non_committal", "hypothetical"})
HAPPENED = "occurred"
CALLED_OFF = frozenset({"declined", "cancelled"})
FORWARD = PENDING | CALLED_OFF  # statuses about something meant to happen later

TOLERANCE = timedelta(days=1)      # two reports of one day may differ by a time zone
SLIP = timedelta(days=14)          # how far a plan may slip and still be the same engagement
WINDOW = timedelta(days=120)       # how far apart undated reports of one pending engagement may be
LEAD = timedelta(days=150)         # how long before it happens an engagement may be first proposed
LATE = timedelta(days=3)           # a report this soon after an event may still call it upcoming
RECENT = timedelta(days=30)        # an undated "took place" in an article is at most this old
MIN_PARTY = 1.5                    # party overlap an event needs (one actor, or one country+sector)


@dataclass(frozen=True)
class Party:
    """One actor as it takes part in an event, with the keys the linker compares."""

    side: str
    name: str
    country: str | None
    sector: str | None
    actor_id: str | None

    @property
    def level(self) -> str:
        """state | person | org | group | name (unresolved)."""
        aid = self.actor_id or ""
        if aid.startswith("state:"):
            return "state"
        for prefix in ("org", "group", "person"):
            if aid.startswith(prefix + ":"):
                return prefix
        return "person" if aid else "name"

    @property
    def key(self) -> str | None:
        """Actor-level key (None for a state, which stands for any actor of its country)."""
        if self.level == "state":
            return None
        return f"id:{self.actor_id}" if self.actor_id else f"name:{normalise_text(self.name).lower()}"

    @property
    def country_sector(self) -> tuple[str, str] | None:
        if self.level == "state" or not self.country or not self.sector:
            return None
        return self.country, self.sector.upper()

    def ref(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "sector": self.sector, "actor_id": self.actor_id}


@dataclass
class Facts:
    """One event as the linker sees it."""

    key: str                       # storage id of the event (events.id)
    event_id: str                  # the readout's event id (links name it)
    article_id: str
    kind: str
    status: str
    parties: list[Party]
    span: tuple[date, date] | None  # when it happened or is meant to happen
    published: date | None
    place: tuple[str | None, str | None] | None
    trigger: str = ""
    sentence: str = ""
    type: str = ""
    response: tuple[str | None, str] | None = None
    links: list[tuple[str, str]] = field(default_factory=list)
    precision: str | None = None

    @property
    def family(self) -> str:
        return family(self.kind)

    @property
    def ref(self) -> date | None:
        """The day the event was reported (its article's date), or its own first day."""
        return self.published or (self.span[0] if self.span else None)

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(p.country for p in self.parties if p.country)

    @property
    def width(self) -> int:
        """Days the date span covers beyond one (0 for a single day; large when undated)."""
        return (self.span[1] - self.span[0]).days if self.span else 10_000

    @property
    def precise(self) -> bool:
        return self.span is not None and self.width <= 2

    def persons(self) -> dict[str, set[str]]:
        """Person keys by country."""
        out: dict[str, set[str]] = {}
        for p in self.parties:
            if p.level == "person" and p.country:
                out.setdefault(p.country, set()).add(p.key)
        return out

    @property
    def fingerprint(self) -> str:
        """Same sentence, type, status, trigger and parties: a copy of the same report."""
        names = sorted(normalise_text(p.name).lower() for p in self.parties)
        raw = "|".join([normalise_text(self.sentence).lower(), self.type, self.status, lemma(self.trigger),
                        *names])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def span_of(value: dict[str, Any] | None) -> tuple[date, date] | None:
    """(first, last) day of a readout date value, partial dates widened; None when undated."""
    if not value:
        return None
    first = value.get("value") or value.get("earliest")
    last = value.get("value") or value.get("latest")
    first, last = first or last, last or first
    a, b = _day(day_first(first)), _day(day_last(last))
    if a is None or b is None:
        return None
    return (a, b) if a <= b else (b, a)


def facts_of(key: str, body: dict[str, Any], article_id: str, published: str | None) -> Facts | None:
    """Facts for one stored event (readout JSON `body`), or None when its kind does not make threads."""
    kind = kind_of(body)
    if kind is None:
        return None
    parties = [Party(side, r.get("name") or "", (r.get("country") or "").upper() or None, r.get("sector"),
                     r.get("actor_id"))
               for side in ("source", "target") for r in body.get(side) or []]
    if not parties:
        return None
    loc = body.get("location") or {}
    place = (loc.get("name"), loc.get("country")) if (loc.get("name") or loc.get("country")) else None
    resp = body.get("response") or None
    date_value = body.get("date") or None
    status = body.get("status", "")
    span, day = span_of(date_value), _day(published)
    if span is not None and day is not None and status in FORWARD and span[1] <= day:
        # a plan is for later: a day on or before the report is when it was announced, confirmed or
        # called off ("the Kremlin confirmed the meeting on Saturday"), not when it is to happen
        span = None
    return Facts(
        key=key, event_id=body.get("id", key), article_id=article_id, kind=kind, status=status,
        parties=parties, span=span, published=day, place=place,
        trigger=body.get("trigger") or "", sentence=(body.get("evidence") or {}).get("sentence", ""),
        type=body.get("type", ""), response=(resp.get("by"), resp["status"]) if resp and resp.get("status") else None,
        links=[(x["relation"], x["event"]) for x in body.get("links") or [] if x.get("event")],
        precision=(date_value or {}).get("precision"),
    )


# -- compatibility -------------------------------------------------------------------------------

def _overlap(a: tuple[date, date], b: tuple[date, date], tol: timedelta = timedelta(0)) -> bool:
    return a[0] - tol <= b[1] and b[0] - tol <= a[1]


def _countries_ok(e: Facts, members: list[Facts]) -> bool:
    """Some country in common; two-sided on both sides means at least two in common."""
    mine = e.countries
    theirs = frozenset().union(*(m.countries for m in members))
    if not mine or not theirs:
        return True  # decided by actor overlap alone
    shared = mine & theirs
    if not shared:
        return False
    if len(mine) >= 2 and len(theirs) >= 2:
        return len(shared) >= 2
    return True


def party_score(e: Facts, members: list[Facts]) -> float | None:
    """How strongly the parties overlap at actor or country+sector level (None: they clash, e.g.
    another counterpart at a meeting that took place)."""
    keys = {p.key for p in e.parties if p.key}
    theirs = Counter(p.key for m in members for p in m.parties if p.key)
    shared_keys = keys & set(theirs)
    cs = {p.country_sector for p in e.parties if p.country_sector}
    their_cs = {p.country_sector for m in members for p in m.parties if p.country_sector}
    score = 3.0 * min(len(shared_keys), 2) + 1.5 * min(len(cs & their_cs), 2)

    mine = e.persons()
    happened = [m for m in members if m.status == HAPPENED]
    if e.status == HAPPENED and happened:
        # one engagement that took place has one set of participants: another person on a side
        # the two share (Sullivan meeting Zhang, then Xi, the same day) is another engagement
        held: dict[str, set[str]] = {}
        for m in happened:
            for country, people in m.persons().items():
                held.setdefault(country, set()).update(people)
        if any(mine[c] and held.get(c) and not mine[c] & held[c] for c in mine):
            return None
    if not shared_keys:
        # no actor in common, and other people on a side both name: another engagement
        # ("Biden and Xi plan a call" is not "Sullivan met Xi")
        others: dict[str, set[str]] = {}
        for m in members:
            for country, people in m.persons().items():
                others.setdefault(country, set()).update(people)
        if any(others.get(c) and not mine[c] & others[c] for c in mine):
            return None
    return score


def date_score(e: Facts, members: list[Facts]) -> float | None:
    """How well the dates agree (None: they cannot be one engagement)."""
    happened = [m for m in members if m.status == HAPPENED and m.span]
    pending = [m for m in members if m.status != HAPPENED]
    score = 0.0
    # called off or refused after it took place: that is another engagement
    if e.status == HAPPENED and e.span is not None and any(
            m.status in CALLED_OFF and m.ref is not None and m.ref > e.span[1] for m in members):
        return None
    if e.status in CALLED_OFF and e.ref is not None and any(e.ref > m.span[1] for m in happened):
        return None
    if e.status == HAPPENED:
        if e.span is not None:
            for m in happened:
                tol = TOLERANCE if e.precise and m.precise else timedelta(0)
                if not _overlap(e.span, m.span, tol):
                    return None
                score = max(score, 2.0 if e.precise and m.precise else 1.0)
            when = e.span
        elif e.published is not None:
            when = (e.published - RECENT, e.published)
            if any(not _overlap(when, m.span, TOLERANCE) for m in happened):
                return None
        else:
            return score
        for m in pending:
            if m.span is not None:
                # a plan for a given day is kept on that day (give or take one); a vaguer plan may slip
                if not _overlap(when, m.span, TOLERANCE if m.precise else SLIP):
                    return None
                score = max(score, 2.0 if m.precise and e.precise else 1.0)
            elif m.ref is not None and not (when[0] - LEAD <= m.ref <= when[1] + LATE):
                return None
        return score
    # proposed, planned, declined, cancelled...: the day it is meant for, and the day it was reported
    for m in happened:
        if e.span is not None:
            # reported after it took place, a plan for another day is another engagement
            late = e.ref is not None and e.ref > m.span[1] + LATE
            if not _overlap(e.span, m.span, TOLERANCE if late or e.precise else SLIP):
                return None
            score = max(score, 1.0)
        elif e.ref is not None and not (m.span[0] - LEAD <= e.ref <= m.span[1] + LATE):
            return None
    for m in pending:
        if e.span is not None and m.span is not None:
            if not _overlap(e.span, m.span, SLIP):
                return None
            score = max(score, 1.0)
        elif _looks_past(e, m) or _looks_past(m, e):
            return None
    refs = [m.ref for m in pending if m.ref is not None]
    if e.ref is not None and refs and not (min(refs) - WINDOW <= e.ref <= max(refs) + WINDOW):
        return None
    return score


def _looks_past(planned: Facts, later: Facts) -> bool:
    """`later` still speaks of the future (proposed, planned...) after `planned`'s day has passed:
    it is about another engagement."""
    return (planned.span is not None and later.span is None and later.status in PENDING
            and later.ref is not None and later.ref > planned.span[1] + LATE)


def _same_place(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    if a[0] and b[0] and normalise_text(a[0]).lower() == normalise_text(b[0]).lower():
        return True
    return bool(a[1] and b[1] and a[1] == b[1])


def place_score(e: Facts, members: list[Facts]) -> float | None:
    """1 for the same place, 0 when unknown, None when an in-person engagement is elsewhere."""
    if e.kind not in IN_PERSON or e.place is None:
        return 0.0
    places = [m.place for m in members if m.place is not None and m.kind in IN_PERSON]
    if not places:
        return 0.0
    if any(_same_place(e.place, p) for p in places):
        return 1.0
    if e.place[1] and any(p[1] and p[1] != e.place[1] for p in places):
        return None
    return 0.0


def _specific(f: Facts) -> bool:
    """Does a report say where or when the engagement is (more than who and what)?"""
    return f.place is not None or f.span is not None


def too_vague(e: Facts, members: list[Facts]) -> bool:
    """An engagement still to happen, named without place or day ("no plans to meet"), is one
    reported with a place or a day ("meet next in the capital") only while that one is in the news:
    more than RECENT apart, the vague report may be about any later plan of the same pair."""
    if e.status not in FORWARD or any(m.status not in FORWARD for m in members):
        return False
    if _specific(e) == any(_specific(m) for m in members):
        return False
    refs = [m.ref for m in members if m.ref is not None]
    return e.ref is not None and bool(refs) and min(abs((e.ref - r).days) for r in refs) > RECENT.days


def _still_to_come(pending: Facts, held: Facts) -> bool:
    """One article reports `held` as having taken place and, on a later day, `pending` as still to
    come: the article itself tells they are two engagements ("met on Friday ... proposed that they
    meet next in the capital")."""
    return (pending.status in PENDING and held.status == HAPPENED and held.span is not None
            and pending.article_id == held.article_id and pending.ref is not None and pending.ref > held.span[1])


def told_apart(e: Facts, members: list[Facts]) -> bool:
    """Does an article that reports both `e` and a member tell them apart (see _still_to_come)?"""
    return any(_still_to_come(e, m) or _still_to_come(m, e) for m in members)


def match(e: Facts, members: list[Facts]) -> float | None:
    """Score for `e` joining the thread made of `members` (None: it cannot)."""
    if not members or any(m.family != e.family for m in members) or not _countries_ok(e, members):
        return None
    if too_vague(e, members) or told_apart(e, members):
        return None
    parties = party_score(e, members)
    if parties is None:
        return None
    when = date_score(e, members)
    if when is None:
        return None
    where = place_score(e, members)
    if where is None:
        return None
    theirs = frozenset().union(*(m.countries for m in members))
    shared = len(e.countries & theirs)
    # one side only ("Trump met ...", "Putin discussed ..."): it may be any engagement of that
    # side; it is one with a two-sided engagement only when reported together or on the same day
    if {len(e.countries), len(theirs)} & {1} and max(len(e.countries), len(theirs)) >= 2 and when < 2.0 \
            and not any(m.article_id == e.article_id for m in members):
        return None
    # state-level parties only ("China and the United States held talks"): the day must match
    if parties < MIN_PARTY and not (when >= 2.0 and shared >= 2):
        return None
    return parties + 0.5 * shared + when + where + (0.5 if all(m.kind == e.kind for m in members) else 0.0)
