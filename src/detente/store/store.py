"""`Store`: open (and migrate) a database, save readouts atomically, query and export events."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from sqlalchemy import create_engine, event, func, insert, or_, select
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from detente.errors import InputError, StoreError
from detente.records import Readout
from detente.store import rows
from detente.store.export import check_format, export_rows
from detente.store.migrations import MIGRATIONS, Migration, one_line, applied, upgrade
from detente.store.query import nulls_last, events_query
from detente.store.schema import (
    actors, articles, counterparts, event_actors, event_mentions, events, statements,
)

FILTERS = ("dyad", "since", "until", "type", "status", "actor", "text", "limit", "all_copies")
MIN_PREFIX = 6
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_sqlite_path(path: Path) -> None:
    """Refuse, with the fix, a path SQLite could not use as a database file."""
    where = f"cannot open database {path}"
    if path.is_dir():
        raise StoreError(f"{where}: it is a directory; pass a file path, e.g. {path / 'detente.db'}")
    if not path.parent.is_dir():
        raise StoreError(f"{where}: directory {path.parent} does not exist; create it first "
                         f"(mkdir -p {path.parent}) or choose another path")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise StoreError(f"{where}: the file is not readable and writable; fix its permissions")
        with open(path, "rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
        if head and head != _SQLITE_MAGIC:
            raise StoreError(f"{where}: the file is not a SQLite database; pass a detente database "
                             "or a new file name")
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        raise StoreError(f"{where}: directory {path.parent} is not writable; fix its permissions "
                         "or choose another path")


def resolve(target: str | os.PathLike) -> tuple[URL, str]:
    """(SQLAlchemy URL, label for messages) from a file path or a database URL."""
    raw = os.fspath(target)
    if "://" not in raw:
        if raw == ":memory:":
            return make_url("sqlite://"), raw
        path = Path(raw).expanduser()
        _check_sqlite_path(path)
        return URL.create("sqlite", database=str(path)), str(path)
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(f"cannot open database {raw!r}: not a database URL; use a file path or a URL "
                         "like sqlite:///detente.db or postgresql://user@host/db") from None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        _check_sqlite_path(Path(url.database).expanduser())
        return url, url.database
    return url, url.render_as_string(hide_password=True)


def _sqlite_transactions(engine: Engine) -> None:
    """Make SQLite transactions real (DDL included), enforce foreign keys, and commit without a disk
    flush per transaction: write-ahead logging with synchronous=NORMAL is SQLite's documented safe
    pairing (no corruption on power loss; at worst the last commits are lost), and it halves the cost
    of saving an article (docs/benchmarks.md, session 14)."""
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")


def make_engine(url: URL, label: str) -> Engine:
    """An Engine for `url`; SQLite gets explicit transactions, in-memory SQLite one shared connection."""
    try:
        if url.get_backend_name() != "sqlite":
            return create_engine(url)
        memory = url.database in (None, "", ":memory:")
        engine = create_engine(url, poolclass=StaticPool if memory else None,
                               connect_args={"check_same_thread": False} if memory else {})
    except ImportError as exc:
        raise StoreError(f"cannot open database {label}: its driver is not installed ({exc.name}); "
                         "install it or use a sqlite:/// path") from exc
    except (ArgumentError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot open database {label}: {one_line(exc)}; check the URL") from exc
    _sqlite_transactions(engine)
    return engine


class Store:
    """A detente database: one row per article, with its events, actors, statements and counterparts."""

    def __init__(self, target: str | os.PathLike = "detente.db", *,
                 migrations: Sequence[Migration] | None = None):
        self.url, self.label = resolve(target)
        self.engine = make_engine(self.url, self.label)
        try:
            chosen = MIGRATIONS if migrations is None else migrations
            self.applied_now = upgrade(self.engine, chosen, self.label)
            self._threads = "0004_threads" in {name for name, _ in chosen}
        except StoreError:
            self.engine.dispose()
            raise
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database {self.label}: {one_line(exc)}; pass a detente "
                             "database or a new file name") from exc

    def __repr__(self) -> str:
        return f"Store({self.label!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def _conn(self, what: str) -> Iterator[Connection]:
        """A read connection; database errors become one-line StoreErrors."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"could not {what} in database {self.label}: {one_line(exc)}") from exc

    def applied_migrations(self) -> list[str]:
        """Names of the migrations recorded in the database."""
        with self._conn("read migrations") as conn:
            return applied(conn)

    # -- writing ---------------------------------------------------------------------------------

    def save(self, readout: Readout, *, link_threads: bool = True) -> bool:
        """Store one readout in one transaction; True if new, False if the article was already stored.

        link_threads: then link its events into storylines (detente.threads; idempotent per article).
        """
        if not isinstance(readout, Readout):
            raise InputError(f"Store.save needs a Readout, got {type(readout).__name__}")
        aid = readout.article.id
        try:
            with self.engine.begin() as conn:
                stored = not self._has_article(conn, aid)
                if stored:
                    self._insert_readout(conn, readout)
        except IntegrityError as exc:
            if not self._exists(aid):  # else another writer stored the same article first
                raise self._save_error(aid, exc) from exc
            stored = False
        except Exception as exc:
            raise self._save_error(aid, exc) from exc
        if link_threads and self._threads:
            from detente.threads import link_article
            link_article(self, readout)  # a failure leaves the article saved; link_pending retries
        return stored

    def _save_error(self, aid: str, exc: BaseException) -> StoreError:
        """The one-line error for a failed save (the transaction is already rolled back)."""
        return StoreError(f"could not save article {aid} to database {self.label}; nothing was stored: "
                          f"{one_line(exc)}")

    @staticmethod
    def _has_article(conn: Connection, aid: str) -> bool:
        """Whether the article row exists (seen from `conn`)."""
        return conn.execute(select(articles.c.id).where(articles.c.id == aid)).first() is not None

    def _exists(self, aid: str) -> bool:
        """Whether the article row exists, in a fresh connection."""
        with self._conn("look up an article") as conn:
            return self._has_article(conn, aid)

    def _insert_readout(self, conn: Connection, readout: Readout) -> None:
        """Insert every row of one readout, parents first."""
        keys = self._event_keys(conn, readout)
        for table, batch in (
            (articles, [rows.article_row(readout)]),
            (actors, rows.actor_rows(readout)),
            (events, rows.event_rows(readout, keys)),
            (event_actors, rows.event_actor_rows(readout, keys)),
            (event_mentions, rows.event_mention_rows(readout, keys)),
            (statements, rows.statement_rows(readout)),
            (counterparts, rows.counterpart_rows(readout)),
        ):
            if batch:
                conn.execute(insert(table), batch)

    @staticmethod
    def _event_keys(conn: Connection, readout: Readout) -> list[str]:
        """Storage ids for the events, avoiding ids already used by rows of other articles."""
        aid, ids = readout.article.id, [e.id for e in readout.events]
        if not ids:
            return []
        clash = or_(events.c.id.in_(ids), events.c.id.startswith(f"{aid}:", autoescape=True))
        taken = set(conn.execute(select(events.c.id).where(clash)).scalars())
        return rows.event_keys(aid, ids, taken)

    # -- reading ---------------------------------------------------------------------------------

    def events(self, dyad: str | None = None, since: Any = None, until: Any = None,
               type: str | None = None, status: str | None = None, actor: str | None = None,
               text: str | None = None, limit: int | None = None,
               all_copies: bool = False) -> list[dict[str, Any]]:
        """Events as in the readout JSON plus article_id/published/publisher/url, filtered, by date.

        text: only events one of whose sentences (evidence or mentions) contains this phrase.

        A near-duplicate article's repeats of its canonical copy's events count once unless all_copies.
        """
        query = events_query(dyad=dyad, since=since, until=until, type=type, status=status,
                             actor=actor, text=text, limit=limit, all_copies=all_copies)
        with self._conn("query events") as conn:
            result = conn.execute(query).all()
        return [{**r.body, "article_id": r.article_id, "published": r.published,
                 "publisher": r.publisher, "url": r.url} for r in result]

    def readout(self, article_id: str) -> Readout | None:
        """The stored Readout for an article id or a unique prefix of at least 6 characters."""
        key = str(article_id).strip()
        with self._conn("read an article") as conn:
            row = conn.execute(select(articles.c.readout, articles.c.text)
                               .where(articles.c.id == key)).first()
            if row is None:
                ids = self._ids_with_prefix(conn, key)
                if len(ids) > 1:
                    raise StoreError(f"article id prefix {key!r} is ambiguous: it matches "
                                     f"{', '.join(ids)}; give more characters")
                if ids:
                    row = conn.execute(select(articles.c.readout, articles.c.text)
                                       .where(articles.c.id == ids[0])).first()
        if row is None:
            return None
        data = dict(row.readout)
        data["article"] = {**data["article"], "text": row.text}
        return Readout.from_dict(data)

    @staticmethod
    def _ids_with_prefix(conn: Connection, prefix: str) -> list[str]:
        """Up to 10 article ids starting with `prefix` (InputError if it is too short to be one)."""
        if len(prefix) < MIN_PREFIX:
            raise InputError(f"article id {prefix!r} is too short: give the full id or at least "
                             f"{MIN_PREFIX} characters of it")
        query = (select(articles.c.id).where(articles.c.id.startswith(prefix, autoescape=True))
                 .order_by(articles.c.id).limit(10))
        return list(conn.execute(query).scalars())

    def articles(self) -> list[dict[str, Any]]:
        """One summary dict per stored article, ordered by published date then read time."""
        counts = (select(events.c.article_id, func.count().label("n"))
                  .group_by(events.c.article_id).subquery())
        a = articles.c
        query = (select(a.id, a.url, a.publisher, a.published, a.title,
                        func.coalesce(counts.c.n, 0).label("n_events"), a.read_at)
                 .outerjoin(counts, counts.c.article_id == a.id)
                 .order_by(nulls_last(a.published), a.published, a.read_at, a.id))
        with self._conn("list articles") as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def export(self, fmt: str, out: str | os.PathLike | IO, plover_strict: bool = False, **filters: Any) -> int:
        """Write the filtered events as jsonl, csv or parquet to `out`; return the rows written.

        plover_strict: project status-bearing events as the PLOVER manual prescribes
        (detente.events.plover_strict), dropping the ones PLOVER excludes.
        """
        check_format(fmt)
        unknown = sorted(set(filters) - set(FILTERS))
        if unknown:
            raise InputError(f"unknown export filter {', '.join(unknown)}: choose from {', '.join(FILTERS)}")
        rows = self.events(**filters)
        if plover_strict:
            from detente.events.plover_strict import project_all
            rows = project_all(rows)
        return export_rows(rows, fmt, out)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()
