"""Opening: bad paths and URLs give one-line StoreErrors; migrations are recorded and upgraded."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import Column, Text, func, inspect, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from detente.errors import StoreError
from detente.store import MIGRATIONS, Store
from detente.store.query import events_query
from detente.store.schema import metadata, schema_migrations

NAMES = [name for name, _ in MIGRATIONS]


def _open_error(target) -> str:
    with pytest.raises(StoreError) as info:
        Store(target)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_missing_directory(tmp_path):
    target = tmp_path / "nope" / "detente.db"
    message = _open_error(target)
    assert str(target) in message and "does not exist" in message and "mkdir -p" in message
    assert not (tmp_path / "nope").exists()


def test_path_is_a_directory(tmp_path):
    message = _open_error(tmp_path)
    assert str(tmp_path) in message and "is a directory" in message


@pytest.mark.parametrize("content", [b"id,url\n1,https://example.test\n",
                                     b"SQLite format 3\x00" + b"\xff" * 200])
def test_file_is_not_a_database(tmp_path, content):
    target = tmp_path / "notes.db"
    target.write_bytes(content)
    message = _open_error(target)
    assert str(target) in message and "not a" in message and "database" in message
    assert target.read_bytes() == content  # left untouched


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_directory_not_writable(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        assert "not writable" in _open_error(locked / "detente.db")
    finally:
        locked.chmod(0o700)


def test_sqlite_url(tmp_path, readouts):
    with Store(f"sqlite:///{tmp_path / 'u.db'}") as s:
        assert s.save(readouts[0])
    assert (tmp_path / "u.db").exists()
    assert "does not exist" in _open_error(f"sqlite:///{tmp_path / 'no' / 'u.db'}")


@pytest.mark.parametrize("url", ["nosuchdb://host/db", "postgresql://me:s3cret@127.0.0.1:1/detente"])
def test_unusable_url(url):
    message = _open_error(url)
    assert "s3cret" not in message and "cannot open database" in message


def test_empty_file_becomes_a_database(tmp_path):
    (tmp_path / "empty.db").touch()
    with Store(tmp_path / "empty.db") as s:
        assert s.applied_migrations() == NAMES


# -- migrations ------------------------------------------------------------------------------------

def _add_note(op):
    op.add_column("articles", Column("note", Text))
    op.create_index("ix_articles_note", "articles", "note")


def test_first_open_applies_initial_and_reopen_does_not(tmp_path):
    with Store(tmp_path / "m.db") as s:
        assert s.applied_now == NAMES
    with Store(tmp_path / "m.db") as s:
        assert s.applied_now == []
        assert s.applied_migrations() == NAMES
        with s.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(schema_migrations)).scalar_one() == len(NAMES)
            stamp = conn.execute(select(schema_migrations.c.applied_at)).scalars().first()
        assert stamp[:2] == "20"


def test_later_migration_upgrades_existing_database(tmp_path, readouts):
    with Store(tmp_path / "m.db") as s:
        s.save(readouts[0])
    later = [*MIGRATIONS, ("9990_article_note", _add_note)]
    with Store(tmp_path / "m.db", migrations=later) as s:
        assert s.applied_now == ["9990_article_note"]
        assert s.applied_migrations() == [*NAMES, "9990_article_note"]
        insp = inspect(s.engine)
        assert "note" in {c["name"] for c in insp.get_columns("articles")}
        assert "ix_articles_note" in {i["name"] for i in insp.get_indexes("articles")}
        assert s.readout(readouts[0].article.id) == readouts[0]
        assert s.save(readouts[1]) is True
    with Store(tmp_path / "m.db", migrations=later) as s:
        assert s.applied_now == []


def test_fresh_database_gets_all_migrations_in_order(tmp_path):
    calls = []
    steps = [*MIGRATIONS, ("9990_a", lambda op: calls.append("a")), ("9991_b", lambda op: calls.append("b"))]
    with Store(tmp_path / "m.db", migrations=steps) as s:
        assert s.applied_now == [*NAMES, "9990_a", "9991_b"] and calls == ["a", "b"]


def test_failed_migration_rolls_back(tmp_path):
    Store(tmp_path / "m.db").close()

    def broken(op):
        op.create_table("half_done", Column("x", Text))
        op.add_column("articles", Column("note", Text))
        raise RuntimeError("bad step")

    with pytest.raises(StoreError, match="migration 9990_broken failed.*rolled back.*bad step"):
        Store(tmp_path / "m.db", migrations=[*MIGRATIONS, ("9990_broken", broken)])
    with Store(tmp_path / "m.db") as s:
        assert s.applied_migrations() == NAMES
        insp = inspect(s.engine)
        assert "half_done" not in insp.get_table_names()
        assert "note" not in {c["name"] for c in insp.get_columns("articles")}


def test_database_from_newer_detente_is_refused(tmp_path):
    Store(tmp_path / "m.db", migrations=[*MIGRATIONS, ("9990_article_note", _add_note)]).close()
    with pytest.raises(StoreError, match="does not know \\(9990_article_note\\)"):
        Store(tmp_path / "m.db")


@pytest.mark.parametrize("names", [["0002_b", "0001_a"], ["0001_a", "0001_a"]])
def test_malformed_migration_list(tmp_path, names):
    with pytest.raises(ValueError, match="unique and ascending"):
        Store(tmp_path / "m.db", migrations=[(n, lambda op: None) for n in names])


# -- schema ------------------------------------------------------------------------------------

def test_migrated_schema_matches_schema_module(store):
    insp, dialect = inspect(store.engine), store.engine.dialect
    assert set(insp.get_table_names()) == set(metadata.tables)
    for table in metadata.tables.values():
        reflected = {c["name"]: c for c in insp.get_columns(table.name)}
        assert list(reflected) == [c.name for c in table.columns], table.name
        for col in table.columns:
            got = reflected[col.name]
            assert got["type"].compile(dialect) == col.type.compile(dialect), (table.name, col.name)
            assert got["nullable"] == col.nullable, (table.name, col.name)
        pk = insp.get_pk_constraint(table.name)["constrained_columns"]
        assert set(pk) == {c.name for c in table.primary_key}
        assert {i["name"] for i in insp.get_indexes(table.name)} == {i.name for i in table.indexes}
        assert {fk["referred_table"] for fk in insp.get_foreign_keys(table.name)} == {
            fk.column.table.name for fk in table.foreign_keys}


def test_schema_and_queries_compile_for_postgresql():
    dialect = postgresql.dialect()
    for table in metadata.sorted_tables:
        assert "CREATE TABLE" in str(CreateTable(table).compile(dialect=dialect))
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    query = events_query(dyad="USA-CHN", since="2025-01-01", until="2025-12-31", type="consult",
                         status="proposed", actor="hegseth", limit=5)
    sql = str(query.compile(dialect=dialect))
    assert "EXISTS" in sql and "lower(" in sql and "LIMIT" in sql
