"""A thread's record from its events: kind, parties, counterparts, dates, place and status history.

The history is recomputed from all of a thread's events each time one arrives, so articles may
come in any order: each event gives a step (its status on a day); steps are ordered by day, and
runs of one status merge into one step whose evidence is every event that reported it. A step's
day is when the engagement happened for `occurred` (the most precise day any report gives), and
the day it was reported for a proposal, plan, refusal or cancellation. A response the article
attributes to the other side ("China remains non-committal") is a step of its own, with `by`.
Reports of a plan that arrive after the engagement took place are placed before it: they are
retrospective, not a new plan.
"""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import date
from typing import Any

from detente.threads.facts import HAPPENED, PENDING, Facts, Party
from detente.threads.kinds import IN_PERSON, thread_kind

# Order of statuses reported on the same day: a proposal comes before its answer, a plan before
# it is confirmed, everything before it takes place.
RANK = {"hypothetical": 0, "proposed": 1, "under_consideration": 2, "non_committal": 3, "declined": 4,
        "accepted": 5, "planned": 6, "confirmed": 7, "cancelled": 8, "occurred": 9, "negated": 10}
LEVEL_ORDER = {"person": 0, "name": 1, "org": 2, "group": 3, "state": 4}


def show_span(span: tuple[date, date] | None) -> str | None:
    """A date span as the shortest ISO form: a day, a whole month (YYYY-MM), a year, or first day."""
    if span is None:
        return None
    a, b = span
    if a == b:
        return a.isoformat()
    if a.day == 1 and b.year == a.year and b.month == a.month and b.day == calendar.monthrange(a.year, a.month)[1]:
        return a.isoformat()[:7]
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return str(a.year)
    return a.isoformat()


def _entry(f: Facts) -> dict[str, Any]:
    """The step an event gives: its status on a day, with how precise that day is."""
    if f.status in (HAPPENED, "negated") and f.span is not None and (f.ref is None or f.span[0] <= f.ref):
        day, width = show_span(f.span), f.width
    else:
        day, width = (f.ref.isoformat() if f.ref else show_span(f.span)), 10_000
    return {"status": f.status, "by": None, "date": day, "width": width, "events": [f.key]}


def history(members: list[Facts]) -> list[dict[str, Any]]:
    """Status history: [{status, date, by, events}] in order, consecutive repeats merged."""
    entries = []
    for f in members:
        entry = _entry(f)
        entries.append(entry)
        if f.response is not None and f.response[1] == f.status:
            entry["by"] = f.response[0]  # "Beijing accepted the invitation": the answer is the event
        elif f.response is not None:
            by, status = f.response
            entries.append({"status": status, "by": by, "date": f.ref.isoformat() if f.ref else None,
                            "width": 10_000, "events": [f.key]})
    held = sorted(e["date"] for e in entries if e["status"] == HAPPENED and e["date"])
    first_held = held[0] if held else None

    def order(e: dict[str, Any]) -> tuple:
        day = e["date"] or "9999"
        if first_held and (e["status"] in PENDING or e["status"] == "negated" and e["width"] > 2) \
                and day > first_held:
            return first_held, -1, e["events"][0]  # reported after the fact: a look back, not news
        return day, RANK.get(e["status"], 5), e["events"][0]

    steps: list[dict[str, Any]] = []
    for e in sorted(entries, key=order):
        last = steps[-1] if steps else None
        if last is not None and last["status"] == e["status"] and last["by"] == e["by"]:
            for key in e["events"]:
                if key not in last["events"]:
                    last["events"].append(key)
            if (e["width"], e["date"] or "9999") < (last["width"], last["date"] or "9999"):
                last["date"], last["width"] = e["date"], e["width"]
        else:
            steps.append(dict(e, events=list(e["events"])))
    return [{"status": s["status"], "date": s["date"], "by": s["by"], "events": s["events"]} for s in steps]


def _principal(parties: list[Party], happened: set[str], weight: Counter) -> Party:
    """The actor that stands for a country: one who took part in what happened, a person, the most seen."""
    return min(parties, key=lambda p: (p.key not in happened, LEVEL_ORDER[p.level], -weight[p.key or p.name],
                                       p.name))


def parties_of(members: list[Facts]) -> list[Party]:
    """One principal actor per country (the source side's country first), then country-less actors."""
    by_country: dict[str | None, list[Party]] = {}
    weight: Counter = Counter()
    source_side: Counter = Counter()
    happened = {p.key for m in members if m.status == HAPPENED for p in m.parties if p.key}
    for m in members:
        for p in m.parties:
            weight[p.key or p.name] += 1
            if p.side == "source" and p.country:
                source_side[p.country] += 1
            group = by_country.setdefault(p.country, [])
            if all((q.key or q.name) != (p.key or p.name) for q in group):
                group.append(p)
    chosen = [_principal(group, happened, weight) for country, group in by_country.items() if country]
    chosen.sort(key=lambda p: (-source_side[p.country], -weight[p.key or p.name], p.country or ""))
    if not chosen and None in by_country:
        chosen = [_principal(by_country[None], happened, weight)]
    return chosen


def counterparts_of(members: list[Facts], claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Everyone who took part on each side, with the statuses they were named in, and whom each side
    preferred as counterpart (from the articles' counterpart questions)."""
    out: dict[str, dict[str, Any]] = {}
    for m in members:
        for p in m.parties:
            if p.level == "state":
                continue
            item = out.setdefault(p.key or p.name, {**p.ref(), "statuses": [], "events": 0})
            item["events"] += 1
            if m.status not in item["statuses"]:
                item["statuses"].append(m.status)
    for claim in claims:
        key = f"id:{claim['actor_id']}" if claim.get("actor_id") else f"name:{claim['actor'].lower()}"
        item = out.get(key) or next((v for v in out.values() if v["name"] == claim["actor"]), None)
        if item is None:
            item = out[key] = {"name": claim["actor"], "country": claim.get("country"), "sector": None,
                               "actor_id": claim.get("actor_id"), "statuses": [], "events": 0}
        if claim.get("preferred_by"):
            item.setdefault("preferred_by", [])
            if claim["preferred_by"] not in item["preferred_by"]:
                item["preferred_by"].append(claim["preferred_by"])
        if claim.get("basis"):
            item["basis"] = claim["basis"]
    return sorted(out.values(), key=lambda v: (v.get("country") or "", -v["events"], v["name"]))


def claims_for(parties: list[Party], countries: set[str], counterparts: list[dict[str, Any]]) -> list[dict]:
    """Counterpart candidates from one article's readout that bear on a thread: the question is asked
    for one of its parties and the candidate is of one of its countries."""
    names = {p.name.lower() for p in parties} | {p.name.split()[-1].lower() for p in parties if p.name}
    out = []
    for question in counterparts:
        if str(question.get("for", "")).lower() not in names:
            continue
        out.extend(c for c in question.get("candidates", []) if c.get("country") in countries)
    return out


def engagement_span(members: list[Facts]) -> tuple[date, date] | None:
    """When the engagement happened (the most precise report), else when it was meant to."""
    happened = [m for m in members if m.status == HAPPENED and m.span]
    pool = happened or [m for m in members if m.span]
    if not pool:
        return None
    return min(pool, key=lambda m: (m.width, m.span[0])).span


def place_of(members: list[Facts]) -> dict[str, Any] | None:
    """The place most reports give, for in-person engagements."""
    places = Counter(m.place for m in members if m.place is not None and m.kind in IN_PERSON)
    if not places:
        return None
    (name, country), _ = max(places.items(), key=lambda kv: (kv[1], bool(kv[0][0]), bool(kv[0][1])))
    return {"name": name, "country": country}


def summary(thread_id: str, members: list[Facts], claims: list[dict[str, Any]]) -> dict[str, Any]:
    """The stored body of a thread (everything but its links, which are read when shown)."""
    steps = history(members)
    parties = parties_of(members)
    span = engagement_span(members)
    countries = sorted({c for m in members for c in m.countries})
    days = [s["date"] for s in steps if s["date"]] + ([span[0].isoformat(), span[1].isoformat()] if span else [])
    persons = sorted({p.key for p in parties if p.level == "person" and p.country})
    return {
        "id": thread_id,
        "kind": thread_kind([m.kind for m in members]),
        "parties": [p.ref() for p in parties],
        "status": steps[-1]["status"] if steps else "proposed",
        "date": {"first": span[0].isoformat(), "last": span[1].isoformat(), "text": show_span(span)} if span else None,
        "place": place_of(members),
        "countries": countries,
        "history": steps,
        "counterparts": counterparts_of(members, claims),
        "articles": sorted({m.article_id for m in members}),
        "events": len(members),
        "first_date": min(days)[:10] if days else None,
        "last_date": max(days)[:10] if days else None,
        "pair": persons if len(persons) == 2 and len({p.country for p in parties if p.level == "person"}) == 2
        else None,
    }
