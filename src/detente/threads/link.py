"""Incremental linking: each saved article's events join existing threads or start new ones.

    from detente.threads import link_article
    store.save(readout)
    steps = link_article(store, readout)   # [] when the article was linked before

Idempotent per article (`thread_articles`) and per event (`thread_events.event_id` is the key).
A copy of a report already linked from another article (same sentence, type, status, trigger and
parties) is kept as a `duplicate` of that event: it never adds a step or evidence.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import InputError, StoreError
from detente.records import Readout
from detente.store.migrations import one_line
from detente.store.rows import day_first, day_last
from detente.store.schema import (
    articles, events, thread_articles, thread_events, thread_links, threads,
)
from detente.threads.facts import HAPPENED, Facts, facts_of, match
from detente.threads.history import claims_for, parties_of, summary
from detente.threads.kinds import FAMILY

INVERSE = {"prepared_by": "prepares", "prepares": "prepared_by", "follows": "followed_by",
           "followed_by": "follows", "replaces": "replaced_by", "replaced_by": "replaces",
           "follow_up_of": "followed_up_by", "followed_up_by": "follow_up_of"}
FOLLOW_UP_KINDS = ("meeting", "summit", "visit")
FOLLOW_UP_WITHIN = timedelta(days=120)  # a meeting this long after a call follows it up
REACH = timedelta(days=366)              # threads further than this from an event are not candidates


@dataclass
class ThreadStep:
    """What linking one event did: which thread it joined (or started) and with which status."""

    thread_id: str
    event_id: str
    article_id: str
    kind: str
    status: str
    date: str | None
    new_thread: bool
    new_step: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def thread_id_for(event_key: str) -> str:
    """A thread's id, from the event that started it."""
    return "th-" + hashlib.sha256(event_key.encode("utf-8")).hexdigest()[:12]


def _kinds_in_family(fam: str) -> list[str]:
    return [k for k, f in FAMILY.items() if f == fam] or [fam]


# -- reading what is stored ------------------------------------------------------------------------

def _article_events(conn: Connection, aid: str) -> tuple[str | None, list[tuple[str, dict[str, Any]]]]:
    """(published, [(storage id, event body)]) of a stored article, in reading order."""
    row = conn.execute(select(articles.c.published).where(articles.c.id == aid)).first()
    if row is None:
        raise StoreError(f"article {aid} is not in the database: save the readout (Store.save) before "
                         "linking it into threads")
    rows = conn.execute(select(events.c.id, events.c.body).where(events.c.article_id == aid)
                        .order_by(events.c.position)).all()
    return row.published, [(r.id, r.body) for r in rows]


def members_of(conn: Connection, thread_ids: Iterable[str], role: str = "evidence") -> dict[str, list[Facts]]:
    """Facts of the events in each thread (evidence only by default), in the order they were linked."""
    ids = list(thread_ids)
    out: dict[str, list[Facts]] = {t: [] for t in ids}
    if not ids:
        return out
    te = thread_events
    query = (select(te.c.thread_id, te.c.event_id, events.c.body, events.c.article_id, articles.c.published)
             .join(events, events.c.id == te.c.event_id).join(articles, articles.c.id == events.c.article_id)
             .where(te.c.thread_id.in_(ids), te.c.role == role)
             .order_by(te.c.linked_at, articles.c.published, events.c.position))
    for r in conn.execute(query):
        f = facts_of(r.event_id, r.body, r.article_id, r.published)
        if f is not None:
            out[r.thread_id].append(f)
    return out


def _candidates(conn: Connection, f: Facts) -> list[str]:
    """Threads of the event's kind family that share a country with it (or all of the family)."""
    t = threads.c
    query = select(t.id).where(t.kind.in_(_kinds_in_family(f.family)))
    if f.countries:
        query = query.where(or_(*(t.countries.contains(f" {c} ", autoescape=True) for c in f.countries)))
    if f.ref is not None:
        # no rule links reports more than a year apart: only threads active around this one
        first = min(f.ref, f.span[0]) if f.span else f.ref
        last = max(f.ref, f.span[1]) if f.span else f.ref
        query = query.where(or_(t.last_date.is_(None), t.last_date >= (first - REACH).isoformat()),
                            or_(t.first_date.is_(None), t.first_date <= (last + REACH).isoformat()))
    return list(conn.execute(query.order_by(t.last_date.desc(), t.id)).scalars())


def _thread_of_event(conn: Connection, key: str) -> str | None:
    return conn.execute(select(thread_events.c.thread_id).where(thread_events.c.event_id == key)).scalar()


def _claims(conn: Connection, article_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The counterpart questions of each article's readout."""
    rows = conn.execute(select(articles.c.id, articles.c.readout).where(articles.c.id.in_(article_ids)))
    return {r.id: list((r.readout or {}).get("counterparts") or []) for r in rows}


# -- writing ---------------------------------------------------------------------------------------

def refresh(conn: Connection, thread_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Recompute and store the record of each thread from its events; returns the bodies."""
    ids = sorted(set(thread_ids))
    bodies = {}
    all_members = members_of(conn, ids)
    for tid in ids:
        members = all_members[tid]
        if not members:
            conn.execute(delete(threads).where(threads.c.id == tid))
            continue
        article_claims = _claims(conn, sorted({m.article_id for m in members}))
        parties = parties_of(members)
        countries = {p.country for p in parties if p.country}
        claims = [c for cs in article_claims.values() for c in claims_for(parties, countries, cs)]
        body = summary(tid, members, claims)
        bodies[tid] = body
        values = {"kind": body["kind"], "status": body["status"],
                  "countries": " " + " ".join(body["countries"]) + " ",
                  "first_date": day_first(body["first_date"]), "last_date": day_last(body["last_date"]),
                  "updated_at": _now(), "body": body}
        done = conn.execute(update(threads).where(threads.c.id == tid).values(**values)).rowcount
        if not done:
            conn.execute(insert(threads).values(id=tid, **values))
    return bodies


def _add_link(conn: Connection, a: str, relation: str, b: str, basis: str, event: str | None) -> None:
    """Store a link and its inverse, once."""
    for src, rel, dst in ((a, relation, b), (b, INVERSE.get(relation, relation), a)):
        tl = thread_links.c
        exists = conn.execute(select(tl.thread_id).where(tl.thread_id == src, tl.relation == rel,
                                                         tl.other_id == dst)).first()
        if exists is None:
            conn.execute(insert(thread_links).values(thread_id=src, relation=rel, other_id=dst, basis=basis,
                                                     event_id=event))


def _stated_links(conn: Connection, linked: list[Facts], keys_by_event_id: dict[str, str]) -> set[str]:
    """Links the article states between its events ("groundwork for", "following"), between threads."""
    touched = set()
    for f in linked:
        mine = _thread_of_event(conn, f.key)
        for relation, other_event in f.links:
            other_key = keys_by_event_id.get(other_event)
            other = _thread_of_event(conn, other_key) if other_key else None
            if mine and other and mine != other:
                _add_link(conn, mine, relation, other, "stated", f.key)
                touched.update((mine, other))
    return touched


def _follow_ups(conn: Connection, touched: dict[str, dict[str, Any]]) -> None:
    """Inferred links: an in-person engagement after a call between the same two people follows up
    that call (the latest such call before it)."""
    pairs = {tuple(b["pair"]): {p["country"] for p in b["parties"] if f"id:{p.get('actor_id')}" in b["pair"]}
             for b in touched.values() if b.get("pair")}
    for pair, countries in pairs.items():
        t = threads.c
        rows = conn.execute(select(t.id, t.kind, t.body).where(
            t.kind.in_(("call", *FOLLOW_UP_KINDS)),
            *(t.countries.contains(f" {c} ", autoescape=True) for c in countries))).all()
        group = [r for r in rows if r.body.get("pair") and tuple(r.body["pair"]) == pair]
        ids = [r.id for r in group]
        tl = thread_links.c
        conn.execute(delete(thread_links).where(tl.basis == "inferred", tl.thread_id.in_(ids),
                                                tl.relation.in_(("follow_up_of", "followed_up_by"))))
        calls = sorted(((r.body["date"] or {}).get("first"), r.id) for r in group
                       if r.kind == "call" and r.body.get("date") and r.body["status"] == HAPPENED)
        for r in group:
            start = (r.body.get("date") or {}).get("first") or r.body.get("first_date")
            if r.kind not in FOLLOW_UP_KINDS or not start:
                continue
            earliest = (date.fromisoformat(start) - FOLLOW_UP_WITHIN).isoformat()
            before = [cid for day, cid in calls if day and earliest <= day < start]
            if before:
                _add_link(conn, r.id, "follow_up_of", before[-1], "inferred", None)


def _replaced_thread(conn: Connection, f: Facts, keys_by_event_id: dict[str, str]) -> set[str]:
    """Threads this event says it replaces: it must not join them."""
    out = set()
    for relation, other_event in f.links:
        if relation == "replaces" and other_event in keys_by_event_id:
            other = _thread_of_event(conn, keys_by_event_id[other_event])
            if other:
                out.add(other)
    return out


def _closeness(f: Facts, members: list[Facts]) -> float:
    """Tie-breakers between threads an event could join: one that already holds an event of the same
    article (the article speaks of it again), then the one reported nearest in time."""
    same_article = 1.0 if any(m.article_id == f.article_id for m in members) else 0.0
    refs = [m.ref for m in members if m.ref is not None]
    if f.ref is None or not refs:
        return same_article
    gap = min(abs((f.ref - r).days) for r in refs)
    return same_article + 0.5 / (1 + gap / 30)


def _mergeable(f: Facts, kept: list[Facts], other: list[Facts]) -> bool:
    """Whether a thread the event also fits is the same engagement as the one it joins: the event
    bridges them ("Trump met" on Thursday, then "Trump and Xi met in Busan") and every event of the
    other could have joined the first."""
    pool = kept + [f]
    return all(match(m, pool) is not None for m in other)


def _merge(conn: Connection, keep: str, gone: str) -> None:
    """Move every event and link of thread `gone` to thread `keep`, and drop `gone`."""
    conn.execute(update(thread_events).where(thread_events.c.thread_id == gone).values(thread_id=keep))
    tl = thread_links.c
    rows = conn.execute(select(tl.thread_id, tl.relation, tl.other_id, tl.basis, tl.event_id)
                        .where(or_(tl.thread_id == gone, tl.other_id == gone))).all()
    conn.execute(delete(thread_links).where(or_(tl.thread_id == gone, tl.other_id == gone)))
    for r in rows:
        a = keep if r.thread_id == gone else r.thread_id
        b = keep if r.other_id == gone else r.other_id
        if a != b:
            _add_link(conn, a, r.relation, b, r.basis, r.event_id)
    conn.execute(delete(threads).where(threads.c.id == gone))


def _link_one(conn: Connection, f: Facts, avoid: set[str], stamp: str,
              merged: dict[str, str]) -> tuple[str, bool, str]:
    """Put one event in a thread: (thread id, whether the thread is new, role). Threads the event
    shows to be one engagement are merged (recorded in `merged`: old id -> kept id)."""
    te = thread_events.c
    copy = conn.execute(select(te.thread_id).where(te.fingerprint == f.fingerprint, te.article_id != f.article_id,
                                                   te.role == "evidence")).first()
    if copy is not None:
        tid, new, role = copy.thread_id, False, "duplicate"
    else:
        ids = [t for t in _candidates(conn, f) if t not in avoid]
        members = members_of(conn, ids)
        scored = [(s + _closeness(f, members[tid]), tid) for tid in ids
                  if (s := match(f, members[tid])) is not None]
        if scored:
            tid, new = max(scored, key=lambda x: x[0])[1], False
            for _, other in scored:
                if other != tid and _mergeable(f, members[tid], members[other]):
                    _merge(conn, tid, other)
                    merged[other] = tid
                    members[tid] = members[tid] + members[other]
        else:
            tid, new = thread_id_for(f.key), True
            conn.execute(insert(threads).values(id=tid, kind=f.kind, status=f.status, countries=" ",
                                                updated_at=stamp, body={}))
        role = "evidence"
    step_day = f.span[0].isoformat() if f.status == HAPPENED and f.span else (f.ref.isoformat() if f.ref else None)
    conn.execute(insert(thread_events).values(event_id=f.key, thread_id=tid, article_id=f.article_id,
                                              status=f.status, step_date=step_day, role=role,
                                              fingerprint=f.fingerprint, linked_at=stamp))
    return tid, new, role


def _link(conn: Connection, aid: str) -> list[ThreadStep]:
    if conn.execute(select(thread_articles.c.article_id).where(thread_articles.c.article_id == aid)).first():
        return []
    published, rows = _article_events(conn, aid)
    keys_by_event_id = {body.get("id", key): key for key, body in rows}
    facts = [f for key, body in rows if (f := facts_of(key, body, aid, published)) is not None]
    stamp = _now()
    if not facts:  # most articles of a general news feed code nothing: mark them linked, nothing else
        conn.execute(insert(thread_articles).values(article_id=aid, linked_at=stamp))
        return []
    done = set(conn.execute(select(thread_events.c.event_id)
                            .where(thread_events.c.event_id.in_([f.key for f in facts]))).scalars())
    todo = [f for f in facts if f.key not in done]
    # events that replace another go last, once the one they replace has its thread
    todo.sort(key=lambda f: any(rel == "replaces" for rel, _ in f.links))
    added: list[tuple[Facts, str, bool]] = []
    touched: set[str] = set()
    merged: dict[str, str] = {}
    for n, f in enumerate(todo, 1):
        tid, new, role = _link_one(conn, f, _replaced_thread(conn, f, keys_by_event_id), stamp, merged)
        touched.add(tid)
        if n < len(todo):  # the next event sees this one's thread as it now is (the last: refreshed below)
            refresh(conn, [tid])
        if role == "evidence":
            added.append((f, tid, new))

    def final(tid: str) -> str:
        while tid in merged:
            tid = merged[tid]
        return tid

    added = [(f, final(tid), new) for f, tid, new in added]
    touched = {final(t) for t in touched}
    touched |= _stated_links(conn, [f for f, _, _ in added], keys_by_event_id)
    bodies = refresh(conn, touched)
    _follow_ups(conn, bodies)
    conn.execute(insert(thread_articles).values(article_id=aid, linked_at=stamp))
    steps = []
    for f, tid, new in added:
        body = bodies.get(tid) or {}
        step = next((s for s in body.get("history", []) if f.key in s["events"]), None)
        fresh = step is not None and all(
            k in {g.key for g, _, _ in added if g.article_id == aid} for k in step["events"])
        steps.append(ThreadStep(thread_id=tid, event_id=f.key, article_id=aid, kind=f.kind,
                                status=step["status"] if step else f.status,
                                date=step["date"] if step else None, new_thread=new, new_step=fresh))
    return steps


def link_article(store, readout: Readout | str) -> list[ThreadStep]:
    """Link a saved article's events into threads; returns one ThreadStep per event it added.

    Call it after `store.save(readout)`. Linking an article again, or a copy of an article
    already linked, adds no step: the result is then empty (or, for a copy, has no new steps).
    """
    aid = readout.article.id if isinstance(readout, Readout) else str(readout or "").strip()
    if not aid:
        raise InputError("link_article needs a Readout or an article id")
    try:
        with store.engine.begin() as conn:
            return _link(conn, aid)
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise StoreError(f"could not link article {aid} into threads in database {store.label}; nothing "
                         f"was changed: {one_line(exc)}") from exc


def pending_articles(store) -> list[str]:
    """Stored articles not yet linked into threads, oldest first."""
    a = articles.c
    query = (select(a.id).outerjoin(thread_articles, thread_articles.c.article_id == a.id)
             .where(thread_articles.c.article_id.is_(None)).order_by(a.published, a.read_at, a.id))
    with store.engine.connect() as conn:
        return list(conn.execute(query).scalars())


def link_pending(store) -> list[ThreadStep]:
    """Link every stored article that is not linked yet (articles saved before threads existed)."""
    steps = []
    for aid in pending_articles(store):
        steps.extend(link_article(store, aid))
    return steps


def relink_all(store) -> list[ThreadStep]:
    """Forget every thread and link all stored articles again, oldest first."""
    with store.engine.begin() as conn:
        for table in (thread_links, thread_events, threads, thread_articles):
            conn.execute(delete(table))
    return link_pending(store)
