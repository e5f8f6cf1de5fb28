"""Named, ordered schema migrations, applied on open and recorded in `schema_migrations`.

To change the schema, append one `(name, function)` pair to `MIGRATIONS` (e.g.
`("0002_article_note", _0002_article_note)`) whose function takes an `Ops` and issues DDL,
then mirror the change in `schema.py`. Never edit a migration that has shipped: each one is a
frozen step, so `0001_initial` spells out its tables instead of reusing `schema.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone

from sqlalchemy import (
    Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    insert, select, text,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.schema import CreateColumn

from detente.errors import StoreError
from detente.store.schema import schema_migrations
from detente.store.sources_tables import migrate_0003_sources  # 0003_sources (frozen step)


class Ops:
    """Small op-style DDL helpers bound to one connection (inside the migration's transaction)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.metadata = MetaData()

    def create_table(self, name: str, *items) -> Table:
        """Create a table with its columns, constraints and indexes; FKs may name existing tables."""
        self.metadata.reflect(bind=self.conn)  # so ForeignKey("articles.id") resolves
        table = Table(name, self.metadata, *items)
        table.create(self.conn)
        return table

    def add_column(self, table: str, column: Column) -> None:
        """ALTER TABLE ... ADD COLUMN, compiled for the connected dialect."""
        Table(table, MetaData(), column)
        spec = CreateColumn(column).compile(dialect=self.conn.dialect)
        self.execute(f"ALTER TABLE {self._quote(table)} ADD COLUMN {spec}")

    def create_index(self, name: str, table: str, *columns: str, unique: bool = False) -> None:
        """CREATE INDEX on existing columns of an existing table."""
        stub = Table(table, MetaData(), *(Column(c) for c in columns))
        Index(name, *(stub.c[c] for c in columns), unique=unique).create(self.conn)

    def drop_index(self, name: str) -> None:
        """DROP INDEX (same syntax on SQLite and PostgreSQL)."""
        self.execute(f"DROP INDEX {self._quote(name)}")

    def execute(self, sql: str, **params) -> None:
        """Run raw, portable SQL for anything the helpers do not cover (e.g. data backfills)."""
        self.conn.execute(text(sql), params)

    def _quote(self, name: str) -> str:
        return self.conn.dialect.identifier_preparer.quote(name)


def _0001_initial(op: Ops) -> None:
    """First schema: articles with the exact readout JSON, plus tables for filtering events."""
    op.create_table(
        "articles",
        Column("id", String(64), primary_key=True),
        Column("url", Text), Column("publisher", Text), Column("published", String(32)),
        Column("title", Text), Column("language", String(16)),
        Column("ai_assisted", Boolean, nullable=False),
        Column("cited_sources", Text), Column("text", Text, nullable=False),
        Column("readout", Text, nullable=False), Column("read_at", String(40), nullable=False),
        Index("ix_articles_published", "published"),
    )
    article_fk = ForeignKey("articles.id", ondelete="CASCADE")
    op.create_table(
        "actors",
        Column("article_id", String(64), article_fk, primary_key=True),
        Column("position", Integer, primary_key=True),
        Column("actor_id", String(200)), Column("name", Text, nullable=False),
        Column("country", String(8)), Column("sector", String(64)), Column("role", Text),
        Index("ix_actors_actor_id", "actor_id"), Index("ix_actors_country", "country"),
    )
    op.create_table(
        "events",
        Column("id", String(200), primary_key=True),
        Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        Column("position", Integer, nullable=False),
        Column("type", String(64), nullable=False), Column("mode", String(64)),
        Column("status", String(32), nullable=False), Column("cameo", String(16)),
        Column("quad_class", Integer), Column("intensity", Float), Column("confidence", Float),
        Column("date_first", String(32)), Column("date_last", String(32)),
        Column("location_country", String(8)),
        Column("evidence_start", Integer), Column("evidence_end", Integer),
        Column("body", Text, nullable=False),
        Index("ix_events_article_id", "article_id"), Index("ix_events_type", "type"),
        Index("ix_events_status", "status"), Index("ix_events_date_first", "date_first"),
        Index("ix_events_date_last", "date_last"),
    )
    op.create_table(
        "event_actors",
        Column("event_id", String(200), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        Column("side", String(8), primary_key=True), Column("position", Integer, primary_key=True),
        Column("name", Text, nullable=False), Column("country", String(8)),
        Column("sector", String(64)), Column("actor_id", String(200)),
        Index("ix_event_actors_side_country", "side", "country"),
        Index("ix_event_actors_actor_id", "actor_id"),
    )
    op.create_table(
        "statements",
        Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("position", Integer, primary_key=True),
        Column("speaker", Text), Column("quote", Text, nullable=False), Column("stance", String(32)),
        Column("body", Text, nullable=False),
    )
    op.create_table(
        "counterparts",
        Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("position", Integer, primary_key=True),
        Column("body", Text, nullable=False),
    )


def _0002_kb(op: Ops) -> None:
    """The knowledge base in the events database (kb_*), names articles mention that it lacks
    (kb_unknown, kb_scans), and counterpart claims tied to the event they concern."""
    actor_fk = ForeignKey("kb_actors.id", ondelete="CASCADE")
    article_fk = ForeignKey("articles.id", ondelete="CASCADE")
    op.create_table("kb_meta", Column("key", String(64), primary_key=True), Column("value", Text, nullable=False))
    op.create_table(
        "kb_actors",
        Column("id", String(200), primary_key=True), Column("name", Text, nullable=False),
        Column("kind", String(16), nullable=False), Column("country", String(8)), Column("sector", String(8)),
        Column("source", Text), Column("origin", String(16), nullable=False), Column("wikidata", String(32)),
        Column("updated_at", String(40), nullable=False),
        Index("ix_kb_actors_wikidata", "wikidata"), Index("ix_kb_actors_origin", "origin"),
    )
    op.create_table(
        "kb_names",
        Column("id", Integer, primary_key=True), Column("actor_id", String(200), actor_fk, nullable=False),
        Column("text", Text, nullable=False), Column("key", Text, nullable=False),
        Column("label", String(16), nullable=False), Column("via", String(16), nullable=False),
        Column("score", Float, nullable=False), Column("strict", Boolean, nullable=False),
        Column("alias", Boolean, nullable=False), Column("origin", String(16), nullable=False),
        Index("ix_kb_names_key", "key"), Index("ix_kb_names_actor_id", "actor_id"),
    )
    op.create_table(
        "kb_roles",
        Column("id", Integer, primary_key=True),
        Column("actor_id", String(200), ForeignKey("kb_actors.id", ondelete="CASCADE"), nullable=False),
        Column("position", Integer, nullable=False), Column("office", Text, nullable=False),
        Column("office_key", String(64)), Column("country", String(8)), Column("sector", String(8)),
        Column("organisation", String(200)), Column("start_date", String(10)), Column("end_date", String(10)),
        Column("secondary", Boolean, nullable=False), Column("note", Text),
        Column("origin", String(16), nullable=False),
        Index("ix_kb_roles_office", "office_key", "country"), Index("ix_kb_roles_actor_id", "actor_id"),
    )
    op.create_table("kb_offices", Column("key", String(64), primary_key=True),
                    Column("sector", String(8), nullable=False))
    op.create_table(
        "kb_titles",
        Column("id", Integer, primary_key=True), Column("text", Text, nullable=False),
        Column("title_key", Text, nullable=False), Column("country", String(8)), Column("office_key", String(64)),
    )
    op.create_table(
        "kb_implied",
        Column("country", String(8), primary_key=True), Column("office_key", String(64), primary_key=True),
        Column("implied_key", String(64), primary_key=True),
    )
    op.create_table(
        "kb_counterparts",
        Column("id", Integer, primary_key=True), Column("country", String(8), nullable=False),
        Column("office_key", String(64), nullable=False), Column("other_country", String(8), nullable=False),
        Column("other_office_key", String(64), nullable=False), Column("basis", String(16), nullable=False),
    )
    op.create_table(
        "kb_counterpart_groups",
        Column("id", Integer, primary_key=True), Column("group_no", Integer, nullable=False),
        Column("office_key", String(64), nullable=False), Column("country", String(8), nullable=False),
        Column("basis", String(16), nullable=False),
    )
    op.create_table(
        "kb_words",
        Column("kind", String(32), primary_key=True), Column("position", Integer, primary_key=True),
        Column("word", Text, nullable=False),
    )
    op.create_table(
        "kb_unknown",
        Column("article_id", String(64), article_fk, primary_key=True),
        Column("name_key", String(200), primary_key=True), Column("name", Text, nullable=False),
        Column("kind", String(16), nullable=False), Column("country", String(8)), Column("sector", String(8)),
        Column("role", Text), Column("mentions", Integer, nullable=False), Column("sentences", Text, nullable=False),
        Column("published", String(32)),
        Index("ix_kb_unknown_name_key", "name_key"),
    )
    op.create_table(
        "kb_scans",
        Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("what", String(16), primary_key=True), Column("scanned_at", String(40), nullable=False),
    )
    op.create_table(
        "counterpart_claims",
        Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("question", Integer, primary_key=True), Column("candidate", Integer, primary_key=True),
        Column("event_id", String(200), ForeignKey("events.id", ondelete="SET NULL")),
        Column("for_name", Text, nullable=False), Column("for_actor_id", String(200)),
        Column("for_office_key", String(64)), Column("candidate_name", Text, nullable=False),
        Column("candidate_actor_id", String(200)), Column("candidate_office_key", String(64)),
        Column("country", String(8)), Column("preferred_by", String(8)), Column("basis", Text),
        Column("kb_basis", String(16)), Column("sentence", Text),
        Column("evidence_start", Integer), Column("evidence_end", Integer), Column("published", String(32)),
        Index("ix_counterpart_claims_event_id", "event_id"),
        Index("ix_counterpart_claims_for_actor_id", "for_actor_id"),
        Index("ix_counterpart_claims_candidate_actor_id", "candidate_actor_id"),
    )


def _0004_threads(op: Ops) -> None:
    """Storylines (detente.threads): threads, the events in each, links between them, linked articles."""
    op.metadata.reflect(bind=op.conn)  # once: "events" and "articles" for the foreign keys

    def create_table(name: str, *items) -> None:
        Table(name, op.metadata, *items).create(op.conn)

    create_table(
        "threads",
        Column("id", String(40), primary_key=True),
        Column("kind", String(40), nullable=False), Column("status", String(32), nullable=False),
        Column("countries", String(200), nullable=False),
        Column("first_date", String(32)), Column("last_date", String(32)),
        Column("updated_at", String(40), nullable=False), Column("body", Text, nullable=False),
        Index("ix_threads_kind", "kind"), Index("ix_threads_status", "status"),
        Index("ix_threads_last_date", "last_date"),
    )
    create_table(
        "thread_events",
        Column("event_id", String(200), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        Column("thread_id", String(40), ForeignKey("threads.id", ondelete="CASCADE"), nullable=False),
        Column("article_id", String(64), nullable=False), Column("status", String(32), nullable=False),
        Column("step_date", String(32)), Column("role", String(16), nullable=False),
        Column("fingerprint", String(64), nullable=False), Column("linked_at", String(40), nullable=False),
        Index("ix_thread_events_thread_id", "thread_id"),
        Index("ix_thread_events_article_id", "article_id"),
        Index("ix_thread_events_fingerprint", "fingerprint"),
    )
    create_table(
        "thread_links",
        Column("thread_id", String(40), ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True),
        Column("relation", String(32), primary_key=True),
        Column("other_id", String(40), ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True),
        Column("basis", String(16), nullable=False), Column("event_id", String(200)),
        Index("ix_thread_links_other_id", "other_id"),
    )
    create_table(
        "thread_articles",
        Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("linked_at", String(40), nullable=False),
    )


def _0005_event_mentions(op: Ops) -> None:
    """The other sentences that tell an event (Event.mentions), one row each, so a sentence finds its events.
    Events stored before keep none: their readouts were read before mentions were kept."""
    op.create_table(
        "event_mentions",
        Column("event_id", String(200), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        Column("position", Integer, primary_key=True),
        Column("sentence", Text, nullable=False),
        Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
        Index("ix_event_mentions_start", "start"),
    )


Migration = tuple[str, Callable[[Ops], None]]

MIGRATIONS: list[Migration] = [
    ("0001_initial", _0001_initial),
    ("0002_kb", _0002_kb),
    ("0003_sources", migrate_0003_sources),
    ("0004_threads", _0004_threads),
    ("0005_event_mentions", _0005_event_mentions),
]


def _check_list(migrations: Sequence[Migration]) -> None:
    """Refuse a malformed list early: names must be unique and in ascending order."""
    names = [name for name, _ in migrations]
    if len(set(names)) != len(names) or names != sorted(names):
        raise ValueError(f"migration names must be unique and ascending, got {names}")


def applied(conn: Connection) -> list[str]:
    """Names of the migrations recorded in the database, oldest first."""
    rows = conn.execute(select(schema_migrations.c.name).order_by(schema_migrations.c.name))
    return [r.name for r in rows]


def upgrade(engine: Engine, migrations: Sequence[Migration], label: str) -> list[str]:
    """Apply the pending migrations in order, each in its own transaction; return their names."""
    _check_list(migrations)
    with engine.begin() as conn:
        schema_migrations.create(conn, checkfirst=True)
        done = set(applied(conn))
    unknown = sorted(done - {name for name, _ in migrations})
    if unknown:
        raise StoreError(f"database {label} has migrations this detente does not know "
                         f"({', '.join(unknown)}); upgrade detente or use another database")
    newly = []
    for name, func in migrations:
        if name in done:
            continue
        try:
            with engine.begin() as conn:
                func(Ops(conn))
                stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
                conn.execute(insert(schema_migrations).values(name=name, applied_at=stamp))
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"migration {name} failed on database {label} and was rolled back: "
                             f"{one_line(exc)}; fix the migration or restore the database") from exc
        newly.append(name)
    return newly


def one_line(exc: BaseException) -> str:
    """First line of an exception message, for one-line errors."""
    msg = str(getattr(exc, "orig", None) or exc)
    return msg.splitlines()[0] if msg else type(exc).__name__
