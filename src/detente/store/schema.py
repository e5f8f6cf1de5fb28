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

# 0005_event_mentions: the other sentences that tell an event (Event.mentions), one row each
event_mentions = Table(
    "event_mentions", metadata,
    Column("event_id", String(200), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_event_mentions_start", "start"),
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
DATA_TABLES = (articles, actors, events, event_actors, event_mentions, statements, counterparts)

# -- 0002_kb: the knowledge base (detente.kb.sql.SqlKB), unknown names, counterpart claims ---------

kb_meta = Table(
    "kb_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

kb_actors = Table(
    "kb_actors", metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),          # person | organisation | state
    Column("country", String(8)),
    Column("sector", String(8)),
    Column("source", Text),
    Column("origin", String(16), nullable=False),        # builtin | yaml | wikidata
    Column("wikidata", String(32)),                      # QID once imported or linked
    Column("updated_at", String(40), nullable=False),
    Index("ix_kb_actors_wikidata", "wikidata"),
    Index("ix_kb_actors_origin", "origin"),
)

kb_names = Table(
    "kb_names", metadata,
    Column("id", Integer, primary_key=True),             # insertion order = lookup order
    Column("actor_id", String(200), ForeignKey("kb_actors.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("key", Text, nullable=False),                 # detente.kb.text.key(text)
    Column("label", String(16), nullable=False),         # ACTOR | COUNTRY | DEMONYM | METONYM | SURNAME
    Column("via", String(16), nullable=False),
    Column("score", Float, nullable=False),
    Column("strict", Boolean, nullable=False),
    Column("alias", Boolean, nullable=False),            # one of KBActor.aliases
    Column("origin", String(16), nullable=False),
    Index("ix_kb_names_key", "key"),
    Index("ix_kb_names_actor_id", "actor_id"),
)

kb_roles = Table(
    "kb_roles", metadata,
    Column("id", Integer, primary_key=True),
    Column("actor_id", String(200), ForeignKey("kb_actors.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("office", Text, nullable=False),
    Column("office_key", String(64)),
    Column("country", String(8)),
    Column("sector", String(8)),
    Column("organisation", String(200)),
    Column("start_date", String(10)),
    Column("end_date", String(10)),
    Column("secondary", Boolean, nullable=False),
    Column("note", Text),
    Column("origin", String(16), nullable=False),
    Index("ix_kb_roles_office", "office_key", "country"),
    Index("ix_kb_roles_actor_id", "actor_id"),
)

kb_offices = Table(
    "kb_offices", metadata,
    Column("key", String(64), primary_key=True),
    Column("sector", String(8), nullable=False),
)

kb_titles = Table(
    "kb_titles", metadata,
    Column("id", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("title_key", Text, nullable=False),
    Column("country", String(8)),                        # NULL: the title means this office anywhere
    Column("office_key", String(64)),                    # NULL: not a canonical office in that country
)

kb_implied = Table(
    "kb_implied", metadata,
    Column("country", String(8), primary_key=True),
    Column("office_key", String(64), primary_key=True),
    Column("implied_key", String(64), primary_key=True),
)

kb_counterparts = Table(
    "kb_counterparts", metadata,
    Column("id", Integer, primary_key=True),
    Column("country", String(8), nullable=False),
    Column("office_key", String(64), nullable=False),
    Column("other_country", String(8), nullable=False),
    Column("other_office_key", String(64), nullable=False),
    Column("basis", String(16), nullable=False),         # formal | authority
)

kb_counterpart_groups = Table(
    "kb_counterpart_groups", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_no", Integer, nullable=False),
    Column("office_key", String(64), nullable=False),
    Column("country", String(8), nullable=False),        # "*": every country
    Column("basis", String(16), nullable=False),
)

kb_words = Table(
    "kb_words", metadata,
    Column("kind", String(32), primary_key=True),        # honorific | surname_stopword | case_sensitive
    Column("position", Integer, primary_key=True),
    Column("word", Text, nullable=False),
)

kb_unknown = Table(
    "kb_unknown", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("name_key", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(8)),
    Column("sector", String(8)),
    Column("role", Text),
    Column("mentions", Integer, nullable=False),
    Column("sentences", JSONText, nullable=False),
    Column("published", String(32)),
    Index("ix_kb_unknown_name_key", "name_key"),
)

kb_scans = Table(
    "kb_scans", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("what", String(16), primary_key=True),        # unknown | counterparts
    Column("scanned_at", String(40), nullable=False),
)

counterpart_claims = Table(
    "counterpart_claims", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("question", Integer, primary_key=True),
    Column("candidate", Integer, primary_key=True),
    Column("event_id", String(200), ForeignKey("events.id", ondelete="SET NULL")),
    Column("for_name", Text, nullable=False),
    Column("for_actor_id", String(200)),
    Column("for_office_key", String(64)),
    Column("candidate_name", Text, nullable=False),
    Column("candidate_actor_id", String(200)),
    Column("candidate_office_key", String(64)),
    Column("country", String(8)),
    Column("preferred_by", String(8)),
    Column("basis", Text),                               # as the text gives it
    Column("kb_basis", String(16)),                      # formal | authority per the office table, or NULL
    Column("sentence", Text),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("published", String(32)),
    Index("ix_counterpart_claims_event_id", "event_id"),
    Index("ix_counterpart_claims_for_actor_id", "for_actor_id"),
    Index("ix_counterpart_claims_candidate_actor_id", "candidate_actor_id"),
)

# -- 0004_threads: storylines (detente.threads) ---------------------------------------------------

threads = Table(
    "threads", metadata,
    Column("id", String(40), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("status", String(32), nullable=False),
    Column("countries", String(200), nullable=False),
    Column("first_date", String(32)),
    Column("last_date", String(32)),
    Column("updated_at", String(40), nullable=False),
    Column("body", JSONText, nullable=False),
    Index("ix_threads_kind", "kind"),
    Index("ix_threads_status", "status"),
    Index("ix_threads_last_date", "last_date"),
)

thread_events = Table(
    "thread_events", metadata,
    Column("event_id", String(200), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("thread_id", String(40), ForeignKey("threads.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(64), nullable=False),
    Column("status", String(32), nullable=False),
    Column("step_date", String(32)),
    Column("role", String(16), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("linked_at", String(40), nullable=False),
    Index("ix_thread_events_thread_id", "thread_id"),
    Index("ix_thread_events_article_id", "article_id"),
    Index("ix_thread_events_fingerprint", "fingerprint"),
)

thread_links = Table(
    "thread_links", metadata,
    Column("thread_id", String(40), ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True),
    Column("relation", String(32), primary_key=True),
    Column("other_id", String(40), ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True),
    Column("basis", String(16), nullable=False),
    Column("event_id", String(200)),
    Index("ix_thread_links_other_id", "other_id"),
)

thread_articles = Table(
    "thread_articles", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("linked_at", String(40), nullable=False),
)

# -- 0003_sources: copies, skips, near-duplicates, watched feeds (defined in sources_tables) ---------

from detente.store import sources_tables as _sources_tables  # noqa: E402,F401  (registers its tables)
