"""Build the `events()` query from its filters: dyad, date window, type, status, actor, text."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, or_, select

from detente.errors import InputError
from detente.records import STATUSES
from detente.store.rows import day_first, day_last
from detente.store.schema import articles, event_actors, event_mentions, events

_CODE = re.compile(r"^[A-Z0-9_]+$")
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_dyad(dyad: str) -> tuple[str, str, bool]:
    """'USA-CHN' -> ('USA', 'CHN', False) (either direction); 'USA->CHN' -> (..., True) (directed)."""
    text = str(dyad).strip().upper()
    directed = "->" in text
    parts = [p.strip() for p in text.split("->" if directed else "-")]
    if len(parts) != 2 or not all(_CODE.match(p) for p in parts):
        raise InputError(f"bad dyad {dyad!r}: use two country codes, e.g. USA-CHN (either direction) "
                         "or USA->CHN (source USA, target CHN)")
    return parts[0], parts[1], directed


def parse_day(value: str | date, name: str, *, end: bool = False) -> str:
    """A since/until value as an ISO day; partial dates widen to the window's start or end."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    day = (day_last if end else day_first)(text) if _DAY.match(text) else None
    try:
        return date.fromisoformat(day).isoformat()
    except (TypeError, ValueError):
        raise InputError(f"bad {name} value {value!r}: use YYYY-MM-DD (or YYYY-MM, YYYY), "
                         "e.g. 2025-01-01") from None


def check_status(status: str) -> str:
    """A status filter, lower-cased, and one of the documented statuses."""
    low = str(status).strip().lower()
    if low not in STATUSES:
        raise InputError(f"unknown status {status!r}: choose one of {', '.join(STATUSES)}")
    return low


def check_limit(limit: Any) -> int | None:
    """None (no limit) or a positive integer."""
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InputError(f"bad limit {limit!r}: use a positive whole number, or none for all rows")
    return limit


def _side_has(side: str, country: str):
    """EXISTS: the event has an actor of `country` on `side`."""
    ea = event_actors
    return exists().where(ea.c.event_id == events.c.id, ea.c.side == side, ea.c.country == country)


def dyad_clause(dyad: str):
    """WHERE clause for a dyad: directed (a->b) or undirected (a-b or b-a)."""
    a, b, directed = parse_dyad(dyad)
    forward = and_(_side_has("source", a), _side_has("target", b))
    if directed:
        return forward
    return or_(forward, and_(_side_has("source", b), _side_has("target", a)))


def actor_clause(actor: str):
    """WHERE clause: some source/target actor's name or actor_id contains `actor` (any case); a state
    matches under any name it acts by ("Moscow summoned ..." is Russia's act for --actor russia)."""
    ea, pat = event_actors, str(actor).lower()
    named = event_actors.alias("named")
    states_named = (select(named.c.country).where(named.c.actor_id.startswith("state:"),
                                                  func.lower(named.c.name).contains(pat, autoescape=True)))
    return exists().where(ea.c.event_id == events.c.id, or_(
        func.lower(ea.c.name).contains(pat, autoescape=True),
        func.lower(ea.c.actor_id).contains(pat, autoescape=True),
        and_(ea.c.actor_id.startswith("state:"), ea.c.country.in_(states_named))))


def check_text(text: Any) -> str:
    """A text filter: a phrase of at least two characters, lower-cased for matching."""
    phrase = " ".join(str(text).split()).lower()
    if len(phrase) < 2:
        raise InputError(f"bad text filter {text!r}: give a word or phrase of two characters or more, "
                         "e.g. --text 'hotline'")
    return phrase


def text_clause(text: str):
    """WHERE clause: the event's evidence sentence, or another sentence that tells it, contains `text`.

    The evidence sentence is cut from the stored article text by its offsets (characters on SQLite
    and PostgreSQL alike); the other sentences are the `event_mentions` rows. Case is ignored for
    ASCII letters (SQLite's lower() folds no others).
    """
    phrase, em = check_text(text), event_mentions
    evidence = func.substr(articles.c.text, events.c.evidence_start + 1,
                           events.c.evidence_end - events.c.evidence_start)
    mentioned = exists().where(em.c.event_id == events.c.id,
                               func.lower(em.c.sentence).contains(phrase, autoescape=True))
    return or_(func.lower(evidence).contains(phrase, autoescape=True), mentioned)


def nulls_last(expr):
    """Portable NULLS LAST: SQLite and PostgreSQL sort NULLs at opposite ends by default."""
    return case((expr.is_(None), 1), else_=0)


def events_query(*, dyad=None, since=None, until=None, type=None, status=None, actor=None, text=None,
                 limit=None, all_copies=False) -> Select:
    """SELECT event bodies with their article fields, filtered and in date order.

    Events that a near-duplicate article repeats from its canonical copy count once unless all_copies.
    """
    published_day = func.substr(articles.c.published, 1, 10)  # tolerate full timestamps
    first = func.coalesce(events.c.date_first, published_day)
    last = func.coalesce(events.c.date_last, published_day)
    query = (select(events.c.body, events.c.article_id, articles.c.published,
                    articles.c.publisher, articles.c.url)
             .join(articles, articles.c.id == events.c.article_id))
    lo = parse_day(since, "since") if since is not None else None
    hi = parse_day(until, "until", end=True) if until is not None else None
    if lo and hi and lo > hi:
        raise InputError(f"since {since!r} is after until {until!r}: swap them")
    if lo:
        query = query.where(last >= lo)
    if hi:
        query = query.where(first <= hi)
    if dyad is not None:
        query = query.where(dyad_clause(dyad))
    if type is not None:
        query = query.where(func.lower(events.c.type) == str(type).strip().lower())
    if status is not None:
        query = query.where(func.lower(events.c.status) == check_status(status))
    if actor is not None:
        query = query.where(actor_clause(actor))
    if text is not None:
        query = query.where(text_clause(text))
    if not all_copies:
        from detente.store.sources_tables import distinct_clause
        query = query.where(distinct_clause())
    query = query.order_by(nulls_last(first), first, nulls_last(articles.c.published),
                           articles.c.published, events.c.article_id, events.c.position)
    return query.limit(check_limit(limit))
