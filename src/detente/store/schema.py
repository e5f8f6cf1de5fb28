"""The current schema as SQLAlchemy Core tables, used for queries and inserts.

The tables are *created* by the migrations in `migrations.py` (which keep frozen copies of each
step); this module mirrors the result of applying all of them. A test checks the two agree.
JSON columns are stored as TEXT (`JSONText`) so the same DDL works on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
)
from sqlalchemy.types import TypeDecorator


class JSONText(TypeDecorator):
    """JSON kept as plain TEXT: portable across backends and byte-stable for exact round trips."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> str | None:
        """Serialise on the way in (None stays SQL NULL)."""
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=False)

    def process_result_value(self, value: str | None, dialect) -> Any:
        """Parse on the way out."""
        return None if value is None else json.loads(value)


metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", String(32)),
    Column("title", Text),
    Column("language", String(16)),
    Column("ai_assisted", Boolean, nullable=False, default=False),
    Column("cited_sources", JSONText),
    Column("text", Text, nullable=False),
    Column("readout", JSONText, nullable=False),
    Column("read_at", String(40), nullable=False),
    Index("ix_articles_published", "published"),
)

actors = Table(
    "actors", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("actor_id", String(200)),
    Column("name", Text, nullable=False),
    Column("country", String(8)),
    Column("sector", String(64)),
    Column("role", Text),
    Index("ix_actors_actor_id", "actor_id"),
    Index("ix_actors_country", "country"),
)

events = Table(
    "events", metadata,
    Column("id", String(200), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("type", String(64), nullable=False),
    Column("mode", String(64)),
    Column("status", String(32), nullable=False),
    Column("cameo", String(16)),
    Column("quad_class", Integer),
    Column("intensity", Float),
    Column("confidence", Float),
    Column("date_first", String(32)),
    Column("date_last", String(32)),
    Column("location_country", String(8)),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("body", JSONText, nullable=False),
    Index("ix_events_article_id", "article_id"),
    Index("ix_events_type", "type"),
    Index("ix_events_status", "status"),
    Index("ix_events_date_first", "date_first"),
    Index("ix_events_date_last", "date_last"),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", String(200), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("side", String(8), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", String(8)),
    Column("sector", String(64)),
    Column("actor_id", String(200)),
    Index("ix_event_actors_side_country", "side", "country"),
    Index("ix_event_actors_actor_id", "actor_id"),
)

statements = Table(
    "statements", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("speaker", Text),
    Column("quote", Text, nullable=False),
    Column("stance", String(32)),
    Column("body", JSONText, nullable=False),
)

counterparts = Table(
    "counterparts", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("body", JSONText, nullable=False),
)

# Insert order (parents first); also the reverse of delete order.
DATA_TABLES = (articles, actors, events, event_actors, statements, counterparts)
