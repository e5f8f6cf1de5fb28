"""Reading threads back: lists with filters, one thread's timeline, the threads of one article."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import InputError, StoreError
from detente.records import STATUSES
from detente.store.migrations import one_line
from detente.store.query import check_limit, parse_day, parse_dyad
from detente.store.schema import articles, events, thread_events, thread_links, threads
from detente.threads.facts import PENDING

OPEN = "open"
STATUS_CHOICES = (OPEN, *STATUSES)
MIN_PREFIX = 6
READOUT_KEYS = ("id", "kind", "parties", "status", "history", "links")


def check_thread_status(status: str) -> str:
    """`open` (not yet taken place, refused or called off) or one of the event statuses."""
    low = str(status).strip().lower()
    if low not in STATUS_CHOICES:
        raise InputError(f"unknown thread status {status!r}: choose one of {', '.join(STATUS_CHOICES)}")
    return low


def _links(conn: Connection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in ids}
    if not ids:
        return out
    tl = thread_links.c
    for r in conn.execute(select(tl.thread_id, tl.relation, tl.other_id, tl.basis, tl.event_id)
                          .where(tl.thread_id.in_(ids)).order_by(tl.thread_id, tl.relation, tl.other_id)):
        out[r.thread_id].append({"relation": r.relation, "thread": r.other_id, "basis": r.basis,
                                 "event": r.event_id})
    return out


def _records(conn: Connection, rows) -> list[dict[str, Any]]:
    rows = list(rows)
    links = _links(conn, [r.id for r in rows])
    out = []
    for r in rows:
        body = dict(r.body)
        body.pop("pair", None)
        body["links"] = links.get(r.id, [])
        out.append(body)
    return out


@contextlib.contextmanager
def _conn(store, what: str) -> Iterator[Connection]:
    """A read connection; database errors become one-line StoreErrors."""
    try:
        with store.engine.connect() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise StoreError(f"could not {what} in database {store.label}: {one_line(exc)}") from exc


def list_threads(store, dyad: str | None = None, status: str | None = None, since: Any = None,
                 until: Any = None, kind: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Thread records, most recent activity first, filtered by dyad (either direction), status
    (`open` for any not-yet-settled status), activity on or after `since` / before `until`, kind."""
    t = threads.c
    query = select(t.id, t.body)
    if dyad:
        a, b, _directed = parse_dyad(dyad)
        query = query.where(t.countries.contains(f" {a} ", autoescape=True),
                            t.countries.contains(f" {b} ", autoescape=True))
    if status:
        low = check_thread_status(status)
        query = query.where(t.status.in_(sorted(PENDING)) if low == OPEN else t.status == low)
    if since is not None:
        query = query.where(t.last_date >= parse_day(since, "--since"))
    if until is not None:
        query = query.where(or_(t.first_date <= parse_day(until, "--until", end=True), t.first_date.is_(None)))
    if kind:
        query = query.where(t.kind == str(kind).strip().lower())
    query = query.order_by(t.last_date.desc(), t.first_date.desc(), t.id)
    limit = check_limit(limit)
    if limit:
        query = query.limit(limit)
    with _conn(store, "list threads") as conn:
        return _records(conn, conn.execute(query))


def resolve_id(conn: Connection, thread_id: str) -> str | None:
    """A full thread id from an id or a unique prefix (with or without `th-`)."""
    key = str(thread_id).strip().lower()
    if not key.startswith("th-"):
        key = "th-" + key
    if conn.execute(select(threads.c.id).where(threads.c.id == key)).first():
        return key
    if len(key) - 3 < MIN_PREFIX:
        raise InputError(f"thread id {thread_id!r} is too short: give the full id or at least "
                         f"{MIN_PREFIX} characters of it")
    ids = list(conn.execute(select(threads.c.id).where(threads.c.id.startswith(key, autoescape=True))
                            .order_by(threads.c.id).limit(10)).scalars())
    if len(ids) > 1:
        raise InputError(f"thread id prefix {thread_id!r} is ambiguous: it matches {', '.join(ids)}; "
                         "give more characters")
    return ids[0] if ids else None


def _evidence(conn: Connection, tid: str) -> dict[str, dict[str, Any]]:
    """Each event of a thread with its evidence sentence and its article's source."""
    te = thread_events.c
    query = (select(te.event_id, te.role, events.c.body, articles.c.id.label("article_id"), articles.c.published,
                    articles.c.publisher, articles.c.url, articles.c.title)
             .join(events, events.c.id == te.event_id).join(articles, articles.c.id == events.c.article_id)
             .where(te.thread_id == tid).order_by(articles.c.published, events.c.position))
    out = {}
    for r in conn.execute(query):
        body = r.body or {}
        out[r.event_id] = {
            "id": r.event_id, "role": r.role, "status": body.get("status"), "type": body.get("type"),
            "trigger": body.get("trigger"), "date": body.get("date"),
            "sentence": (body.get("evidence") or {}).get("sentence"),
            "response": body.get("response"),
            "article_id": r.article_id, "published": r.published, "publisher": r.publisher, "url": r.url,
            "title": r.title,
        }
    return out


def get_thread(store, thread_id: str) -> dict[str, Any] | None:
    """One thread with its timeline: each history step's events expanded to their evidence sentence
    and article (id, published, publisher, url, title); copies of reports listed under `copies`."""
    with _conn(store, "read a thread") as conn:
        tid = resolve_id(conn, thread_id)
        if tid is None:
            return None
        row = conn.execute(select(threads.c.id, threads.c.body).where(threads.c.id == tid)).first()
        record = _records(conn, [row])[0]
        evidence = _evidence(conn, tid)
        ids = [link["thread"] for link in record["links"]]
        kinds = {r.id: r for r in conn.execute(select(threads.c.id, threads.c.kind, threads.c.status,
                                                      threads.c.body).where(threads.c.id.in_(ids)))}
    for link in record["links"]:
        other = kinds.get(link["thread"])
        if other is not None:
            link["kind"], link["status"] = other.kind, other.status
            link["parties"] = [p["name"] for p in other.body.get("parties", [])]
            link["date"] = (other.body.get("date") or {}).get("text")
    record["timeline"] = [{**step, "events": sorted((_as_step(evidence[k], step) for k in step["events"]
                                                    if k in evidence), key=lambda e: (e["published"] or "", e["id"]))}
                          for step in record["history"]]
    record["copies"] = [{k: v for k, v in e.items() if k != "response"} for e in evidence.values()
                        if e["role"] == "duplicate"]
    return record


def _as_step(event: dict[str, Any], step: dict[str, Any]) -> dict[str, Any]:
    """An event as evidence of one step: for the other side's answer, the sentence that reports it."""
    out = {k: v for k, v in event.items() if k != "response"}
    answer = event.get("response") or {}
    if step.get("by") and answer.get("status") == step["status"] and answer.get("evidence"):
        out["sentence"] = answer["evidence"].get("sentence") or out["sentence"]
    return out


def threads_for_article(store, article_id: str) -> list[dict[str, Any]]:
    """The readout's `threads`: every thread holding an event of the article, as
    {id, kind, parties, status, history: [{status, date, by, events}], links}."""
    te = thread_events.c
    with _conn(store, "read threads") as conn:
        ids = list(conn.execute(select(te.thread_id).where(te.article_id == article_id).distinct()).scalars())
        rows = conn.execute(select(threads.c.id, threads.c.body).where(threads.c.id.in_(ids))
                            .order_by(threads.c.first_date, threads.c.id))
        records = _records(conn, rows)
    return [{key: record[key] for key in READOUT_KEYS} for record in records]
