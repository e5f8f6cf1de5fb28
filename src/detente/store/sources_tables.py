"""Tables and helpers for sources (migration 0003_sources): copies, skips, near-duplicates, feeds.

Tables (mirrored on `schema.metadata`; created by the frozen `migrate_0003_sources`):

- ``article_copies``: every place an article was read from (URL, publisher, date, origin), so two
  sites running the same wire text (one article id) both stay on record as evidence;
- ``source_skips``: articles recorded but not coded, with the reason (e.g. another language);
- ``article_signatures`` and ``lsh_buckets``: each article's MinHash signature and its LSH band
  keys; near-duplicate lookups are one indexed ``bucket IN (...)`` query, never all pairs;
- ``duplicate_of``: article -> canonical article (the first one stored of a group) and similarity;
- ``watched_feeds`` and ``feed_items``: what `detente watch` has polled and seen, so a restart
  neither re-reads nor loses items.

Events of duplicates count once: `canonical_filter(query)` narrows an events query so an event of
a duplicate article is left out when its canonical article has the same event (same type, status
and actors' countries); `distinct_events` / `export_distinct` are Store-level versions of
`Store.events` / `Store.export` with that filter. Every copy stays stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger, Column, Float, ForeignKey, Index, Integer, LargeBinary, String, Table, Text, delete,
    exists, func, insert, select, update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import InputError, StoreError
from detente.store.schema import articles, event_actors, events, metadata

if TYPE_CHECKING:  # pragma: no cover
    from detente.store.migrations import Ops
    from detente.store.store import Store

DEFAULT_THRESHOLD = 0.5   # estimated Jaccard similarity at or above which articles are linked
CONTAINMENT = 0.85        # ... or this share of the shorter text's shingles found in the longer one
MIN_SHINGLES = 20         # shorter texts are not linked (too little text to call them copies)
MAX_CANDIDATES = 50       # candidates confirmed per lookup, most shared bands first
MAX_ATTEMPTS = 3          # a feed item that fails this many polls is given up
ITEM_DONE = ("read", "skipped", "gave_up")

# -- the tables (mirror of migration 0003_sources) --------------------------------------------------

article_copies = Table(
    "article_copies", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("copy_key", String(64), primary_key=True),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", String(32)),
    Column("title", Text),
    Column("author", Text),
    Column("origin", Text),
    Column("kind", String(16)),
    Column("first_seen", String(40), nullable=False),
)

source_skips = Table(
    "source_skips", metadata,
    Column("id", String(64), primary_key=True),
    Column("origin", Text, nullable=False),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", String(32)),
    Column("title", Text),
    Column("language", String(16)),
    Column("reason", Text, nullable=False),
    Column("text", Text),
    Column("first_seen", String(40), nullable=False),
)

article_signatures = Table(
    "article_signatures", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("scheme", String(64), nullable=False),
    Column("shingles", Integer, nullable=False),
    Column("signature", LargeBinary, nullable=False),
)

lsh_buckets = Table(
    "lsh_buckets", metadata,
    Column("bucket", BigInteger, primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

duplicate_of = Table(
    "duplicate_of", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("canonical_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("similarity", Float, nullable=False),
    Column("linked_at", String(40), nullable=False),
    Index("ix_duplicate_of_canonical_id", "canonical_id"),
)

watched_feeds = Table(
    "watched_feeds", metadata,
    Column("id", String(32), primary_key=True),
    Column("url", Text, nullable=False),
    Column("title", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled", String(40)),
    Column("last_status", Text),
)

feed_items = Table(
    "feed_items", metadata,
    Column("feed_id", String(32), ForeignKey("watched_feeds.id", ondelete="CASCADE"), primary_key=True),
    Column("item_key", String(64), primary_key=True),
    Column("url", Text),
    Column("title", Text),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="SET NULL")),
    Column("error", Text),
    Column("first_seen", String(40), nullable=False),
    Column("last_tried", String(40), nullable=False),
)

SOURCE_TABLES = (article_copies, source_skips, article_signatures, lsh_buckets, duplicate_of,
                 watched_feeds, feed_items)


# -- the migration (frozen: never edit once shipped; add a new one instead) -----------------------

def migrate_0003_sources(op: Ops) -> None:
    """0003_sources: copies, skips, MinHash signatures and LSH buckets, duplicate links, feeds."""
    cascade = {"ondelete": "CASCADE"}
    op.create_table(
        "article_copies",
        Column("article_id", String(64), ForeignKey("articles.id", **cascade), primary_key=True),
        Column("copy_key", String(64), primary_key=True),
        Column("url", Text), Column("publisher", Text), Column("published", String(32)),
        Column("title", Text), Column("author", Text), Column("origin", Text), Column("kind", String(16)),
        Column("first_seen", String(40), nullable=False),
    )
    op.create_table(
        "source_skips",
        Column("id", String(64), primary_key=True),
        Column("origin", Text, nullable=False), Column("url", Text), Column("publisher", Text),
        Column("published", String(32)), Column("title", Text), Column("language", String(16)),
        Column("reason", Text, nullable=False), Column("text", Text),
        Column("first_seen", String(40), nullable=False),
    )
    op.create_table(
        "article_signatures",
        Column("article_id", String(64), ForeignKey("articles.id", **cascade), primary_key=True),
        Column("scheme", String(64), nullable=False), Column("shingles", Integer, nullable=False),
        Column("signature", LargeBinary, nullable=False),
    )
    op.create_table(
        "lsh_buckets",
        Column("bucket", BigInteger, primary_key=True),
        Column("article_id", String(64), ForeignKey("articles.id", **cascade), primary_key=True),
    )
    op.create_table(
        "duplicate_of",
        Column("article_id", String(64), ForeignKey("articles.id", **cascade), primary_key=True),
        Column("canonical_id", String(64), ForeignKey("articles.id", **cascade), nullable=False),
        Column("similarity", Float, nullable=False), Column("linked_at", String(40), nullable=False),
        Index("ix_duplicate_of_canonical_id", "canonical_id"),
    )
    op.create_table(
        "watched_feeds",
        Column("id", String(32), primary_key=True), Column("url", Text, nullable=False),
        Column("title", Text), Column("etag", Text), Column("last_modified", Text),
        Column("last_polled", String(40)), Column("last_status", Text),
    )
    op.create_table(
        "feed_items",
        Column("feed_id", String(32), ForeignKey("watched_feeds.id", **cascade), primary_key=True),
        Column("item_key", String(64), primary_key=True),
        Column("url", Text), Column("title", Text), Column("status", String(16), nullable=False),
        Column("attempts", Integer, nullable=False),
        Column("article_id", String(64), ForeignKey("articles.id", ondelete="SET NULL")),
        Column("error", Text), Column("first_seen", String(40), nullable=False),
        Column("last_tried", String(40), nullable=False),
    )


# -- helpers -------------------------------------------------------------------------------------

def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _key(*parts: Any) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:32]


@contextmanager
def _write(store: Store, what: str) -> Iterator[Connection]:
    """A write transaction; database errors become one-line StoreErrors (nothing is kept)."""
    from detente.store.migrations import one_line
    try:
        with store.engine.begin() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise StoreError(f"could not {what} in database {store.label}: {one_line(exc)}") from exc


@contextmanager
def _read(store: Store, what: str) -> Iterator[Connection]:
    """A read connection; database errors become one-line StoreErrors."""
    from detente.store.migrations import one_line
    try:
        with store.engine.connect() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise StoreError(f"could not {what} in database {store.label}: {one_line(exc)}") from exc


# -- copies and skips ----------------------------------------------------------------------------

def _record_copy(conn, article_id: str, art: Any) -> None:
    """One row per place the article was read from (idempotent)."""
    key = _key(art.url or art.origin)
    found = conn.execute(select(article_copies.c.article_id).where(
        article_copies.c.article_id == article_id, article_copies.c.copy_key == key)).first()
    if found is None:
        conn.execute(insert(article_copies).values(
            article_id=article_id, copy_key=key, url=art.url, publisher=art.publisher,
            published=art.published, title=art.title, author=art.author, origin=art.origin,
            kind=art.kind, first_seen=_now()))


def record_skip(store: Store, art: Any) -> bool:
    """Record an article that is not coded, with its reason; True when new."""
    key = _key(art.url or art.origin, art.text)
    with _write(store, "record a skipped article") as conn:
        if conn.execute(select(source_skips.c.id).where(source_skips.c.id == key)).first():
            return False
        conn.execute(insert(source_skips).values(
            id=key, origin=art.origin, url=art.url, publisher=art.publisher, published=art.published,
            title=art.title, language=art.language, reason=art.skip_reason or "not coded",
            text=art.text, first_seen=_now()))
    return True


def skipped(store: Store) -> list[dict[str, Any]]:
    """The recorded skips, oldest first (without their text)."""
    s = source_skips.c
    with _read(store, "list skipped articles") as conn:
        rows = conn.execute(select(s.id, s.origin, s.url, s.publisher, s.published, s.title, s.language,
                                   s.reason, s.first_seen).order_by(s.first_seen, s.id))
        return [dict(r._mapping) for r in rows]


def copies(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Where one article was read from: one dict per copy (url, publisher, published, origin...)."""
    c = article_copies.c
    with _read(store, "list article copies") as conn:
        rows = conn.execute(select(article_copies).where(c.article_id == article_id)
                            .order_by(c.first_seen, c.copy_key))
        return [dict(r._mapping) for r in rows]


# -- near-duplicates ----------------------------------------------------------------------------

def _link_of(conn, article_id: str) -> tuple[str, float] | None:
    row = conn.execute(select(duplicate_of.c.canonical_id, duplicate_of.c.similarity)
                       .where(duplicate_of.c.article_id == article_id)).first()
    return (row.canonical_id, row.similarity) if row else None


def _contained(jaccard: float, a: int, b: int) -> bool:
    """Whether the shorter text is (nearly) contained in the longer: a trimmed wire copy.

    From the Jaccard estimate J and the set sizes: |A & B| = J (|A| + |B|) / (1 + J).
    """
    small = min(a, b)
    if small < 2 * MIN_SHINGLES or jaccard <= 0:
        return False
    return jaccard * (a + b) / (1 + jaccard) / small >= CONTAINMENT


def _index(conn, article_id: str, text: str, threshold: float) -> tuple[str, float] | None:
    """Signature, band keys and duplicate link for one stored article (idempotent)."""
    from detente.sources import minhash
    if conn.execute(select(article_signatures.c.article_id)
                    .where(article_signatures.c.article_id == article_id)).first():
        return _link_of(conn, article_id)
    shingle_set = minhash.shingles(text)
    sig = minhash.signature(shingle_set)
    conn.execute(insert(article_signatures).values(
        article_id=article_id, scheme=minhash.SCHEME, shingles=len(shingle_set),
        signature=minhash.encode(sig)))
    if len(shingle_set) < MIN_SHINGLES:
        return None
    keys = minhash.band_keys(sig)
    b = lsh_buckets.c
    shared = func.count().label("shared")
    candidates = conn.execute(
        select(b.article_id, shared).where(b.bucket.in_(keys), b.article_id != article_id)
        .group_by(b.article_id).order_by(shared.desc(), b.article_id).limit(MAX_CANDIDATES)).all()
    link = None
    if candidates:
        ids = [r.article_id for r in candidates]
        s = article_signatures.c
        sigs = conn.execute(select(s.article_id, s.signature, s.shingles)
                            .where(s.article_id.in_(ids), s.scheme == minhash.SCHEME)).all()
        mine = len(shingle_set)
        scored = []
        for r in sigs:
            sim = minhash.similarity(sig, minhash.decode(r.signature))
            if sim >= threshold or _contained(sim, mine, r.shingles):
                scored.append((sim, r.article_id))
        scored.sort(key=lambda x: (-x[0], x[1]))
        if scored:
            best_sim, best = scored[0]
            root = _link_of(conn, best)
            link = (root[0] if root else best, round(best_sim, 4))
            conn.execute(insert(duplicate_of).values(article_id=article_id, canonical_id=link[0],
                                                     similarity=link[1], linked_at=_now()))
    conn.execute(insert(lsh_buckets), [{"bucket": k, "article_id": article_id} for k in dict.fromkeys(keys)])
    return link


def index_article(store: Store, readout: Any, art: Any = None,
                  threshold: float = DEFAULT_THRESHOLD) -> tuple[str, float] | None:
    """After `store.save(readout)`: record where it was read from and link it to its near-duplicates.

    Idempotent: an article already indexed keeps its signature and link. Returns
    (canonical article id, similarity) when the article is a near-duplicate, else None.
    """
    aid = readout.article.id
    with _write(store, f"index article {aid} for duplicates") as conn:
        if art is not None:
            _record_copy(conn, aid, art)
        return _index(conn, aid, readout.article.text, threshold)


def index_all(store: Store, threshold: float = DEFAULT_THRESHOLD, batch: int = 500) -> int:
    """Index every stored article that has no signature yet (e.g. saved with `Store.save` directly).

    Articles are taken in the order they were read, so the first stored copy stays canonical.
    Returns how many were indexed.
    """
    done = 0
    while True:
        with _read(store, "find unindexed articles") as conn:
            rows = conn.execute(
                select(articles.c.id, articles.c.text)
                .where(~exists().where(article_signatures.c.article_id == articles.c.id))
                .order_by(articles.c.read_at, articles.c.id).limit(batch)).all()
        if not rows:
            return done
        with _write(store, "index articles for duplicates") as conn:
            for row in rows:
                _index(conn, row.id, row.text, threshold)
        done += len(rows)


def canonical_id(store: Store, article_id: str) -> str:
    """The canonical article of `article_id`'s duplicate group (itself when it is not a duplicate)."""
    with _read(store, "look up a duplicate link") as conn:
        link = _link_of(conn, article_id)
    return link[0] if link else article_id


def duplicates(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The group an article belongs to: the canonical first, then each duplicate with its similarity."""
    root = canonical_id(store, article_id)
    d = duplicate_of.c
    with _read(store, "list duplicates") as conn:
        rows = conn.execute(select(d.article_id, d.similarity).where(d.canonical_id == root)
                            .order_by(d.linked_at, d.article_id)).all()
    return [{"article_id": root, "canonical": True, "similarity": 1.0}] + [
        {"article_id": r.article_id, "canonical": False, "similarity": r.similarity} for r in rows]


def _same_event_in_canonical():
    """EXISTS: the duplicate's canonical article has an event of the same type and status whose
    actors cover this event's (side, country) pairs."""
    e2 = events.alias("canonical_event")
    ea, ea2 = event_actors.alias("dup_actor"), event_actors.alias("canonical_actor")
    covered = (select(ea2.c.event_id)
               .where(ea2.c.event_id == e2.c.id, ea2.c.side == ea.c.side,
                      ea2.c.country.is_not_distinct_from(ea.c.country))
               .correlate_except(ea2).exists())
    uncovered = (select(ea.c.event_id).where(ea.c.event_id == events.c.id, ~covered)
                 .correlate_except(ea).exists())
    return (select(e2.c.id)
            .where(e2.c.article_id == duplicate_of.c.canonical_id, e2.c.type == events.c.type,
                   e2.c.status == events.c.status, ~uncovered)
            .correlate_except(e2).exists())


def distinct_clause():
    """WHERE clause for `events`: not an event that a duplicate article repeats from its canonical."""
    repeated = (select(duplicate_of.c.article_id)
                .where(duplicate_of.c.article_id == events.c.article_id, _same_event_in_canonical())
                .correlate_except(duplicate_of).exists())
    return ~repeated


def canonical_filter(query):
    """Narrow an events query (e.g. `store.query.events_query(...)`) so duplicates' events count once."""
    return query.where(distinct_clause())


def distinct_events(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """`store.events(**filters)`, with each event repeated by a near-duplicate article counted once."""
    from detente.store.query import events_query
    from detente.store.store import FILTERS
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise InputError(f"unknown filter {', '.join(unknown)}: choose from {', '.join(FILTERS)}")
    query = canonical_filter(events_query(**filters))
    with _read(store, "query events") as conn:
        result = conn.execute(query).all()
    return [{**r.body, "article_id": r.article_id, "published": r.published,
             "publisher": r.publisher, "url": r.url} for r in result]


def export_distinct(store: Store, fmt: str, out: str | IO, **filters: Any) -> int:
    """`store.export(...)` with each event repeated by a near-duplicate article counted once."""
    from detente.store.export import check_format, export_rows
    check_format(fmt)
    return export_rows(distinct_events(store, **filters), fmt, out)


# -- feeds ------------------------------------------------------------------------------------------

def feed_id(url: str) -> str:
    return _key("feed", url)


def feed_state(store: Store, url: str) -> dict[str, Any]:
    """The feed's row (creating it on first use): etag, last_modified, last_polled, last_status."""
    fid = feed_id(url)
    with _write(store, "read feed state") as conn:
        row = conn.execute(select(watched_feeds).where(watched_feeds.c.id == fid)).first()
        if row is None:
            conn.execute(insert(watched_feeds).values(id=fid, url=url))
            return {"id": fid, "url": url, "title": None, "etag": None, "last_modified": None,
                    "last_polled": None, "last_status": None}
        return dict(row._mapping)


def update_feed(store: Store, url: str, **values: Any) -> None:
    """Set etag / last_modified / title / last_status on the feed's row, and last_polled to now."""
    with _write(store, "update feed state") as conn:
        conn.execute(update(watched_feeds).where(watched_feeds.c.id == feed_id(url))
                     .values(last_polled=_now(), **values))


def seen_items(store: Store, url: str) -> dict[str, tuple[str, int]]:
    """item key -> (status, attempts) for every item of the feed seen before."""
    fi = feed_items.c
    with _read(store, "read seen feed items") as conn:
        rows = conn.execute(select(fi.item_key, fi.status, fi.attempts).where(fi.feed_id == feed_id(url)))
        return {r.item_key: (r.status, r.attempts) for r in rows}


def mark_item(store: Store, url: str, art: Any, status: str, article_id: str | None = None) -> str:
    """Record an item's outcome (read / skipped / failed); a failure on the last attempt is given up.

    Returns the status recorded.
    """
    fid, fi = feed_id(url), feed_items.c
    with _write(store, "record a feed item") as conn:
        row = conn.execute(select(fi.attempts).where(fi.feed_id == fid, fi.item_key == art.item_key)).first()
        attempts = (row.attempts if row else 0) + 1
        if status == "failed" and attempts >= MAX_ATTEMPTS:
            status = "gave_up"
        values = {"url": art.url or art.origin, "title": art.title, "status": status, "attempts": attempts,
                  "article_id": article_id, "error": art.error, "last_tried": _now()}
        if row is None:
            conn.execute(insert(feed_items).values(feed_id=fid, item_key=art.item_key, first_seen=_now(),
                                                   **values))
        else:
            conn.execute(update(feed_items).where(fi.feed_id == fid, fi.item_key == art.item_key)
                         .values(**values))
    return status


def forget_feed(store: Store, url: str) -> None:
    """Drop a feed and what was seen of it (its articles stay)."""
    with _write(store, "forget a feed") as conn:
        conn.execute(delete(feed_items).where(feed_items.c.feed_id == feed_id(url)))
        conn.execute(delete(watched_feeds).where(watched_feeds.c.id == feed_id(url)))


__all__ = [
    "SOURCE_TABLES", "migrate_0003_sources", "record_skip", "skipped", "copies", "index_article",
    "index_all", "canonical_id", "duplicates", "distinct_clause", "canonical_filter", "distinct_events",
    "export_distinct", "feed_state", "update_feed", "seen_items", "mark_item", "forget_feed",
    "DEFAULT_THRESHOLD",
]
