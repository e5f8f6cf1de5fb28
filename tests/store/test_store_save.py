"""Saving: exact round trip, idempotency, atomicity, clashing event ids, article listing."""

from __future__ import annotations

import dataclasses

import pytest

from detente.errors import InputError, StoreError
from detente.store import Store, rows


def test_round_trip_is_exact(filled, readouts):
    for r in readouts:
        back = filled.readout(r.article.id)
        assert back == r
        assert back.as_dict(include_text=True) == r.as_dict(include_text=True)


def test_round_trip_survives_reopen(tmp_path, readouts):
    with Store(tmp_path / "a.db") as s:
        s.save(readouts[0])
    with Store(tmp_path / "a.db") as s:
        assert s.readout(readouts[0].article.id) == readouts[0]


def test_unknown_id_is_none(filled):
    assert filled.readout("0" * 16) is None
    assert filled.readout("zzzzzzzz") is None


def test_second_save_inserts_nothing(store, readouts, row_counts):
    assert [store.save(r) for r in readouts] == [True, True, True]
    before = row_counts(store)
    assert before == {"articles": 3, "actors": 2, "events": 5, "event_actors": 11, "event_mentions": 1,
                      "statements": 1, "counterparts": 1}
    assert [store.save(r) for r in readouts] == [False, False, False]
    assert row_counts(store) == before


def test_same_text_read_again_is_not_new(store, readouts, row_counts):
    store.save(readouts[0])
    again = dataclasses.replace(readouts[0], events=[])  # same article id, different reading
    assert store.save(again) is False
    assert row_counts(store)["events"] == 3


def test_clashing_event_ids_are_kept_apart(store, readouts, row_counts):
    tokyo, geneva = readouts[0], readouts[1]
    # force geneva's events to reuse tokyo's ids (and each other's): must not crash
    clash = [dataclasses.replace(e, id=tokyo.events[0].id) for e in geneva.events]
    geneva = dataclasses.replace(geneva, events=clash)
    assert store.save(tokyo) and store.save(geneva)
    assert row_counts(store)["events"] == 5
    assert store.readout(geneva.article.id) == geneva
    got = store.events(dyad="USA-CHN")
    assert [e["id"] for e in got] == [tokyo.events[0].id] * 2
    assert {e["article_id"] for e in got} == {geneva.article.id}


@pytest.mark.parametrize("breaker", ["statement_rows", "event_actor_rows", "counterpart_rows"])
def test_failure_midway_stores_nothing(store, readouts, row_counts, monkeypatch, breaker):
    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(rows, breaker, boom)
    with pytest.raises(StoreError, match="nothing was stored.*disk on fire"):
        store.save(readouts[0])
    assert set(row_counts(store).values()) == {0}
    monkeypatch.undo()
    assert store.save(readouts[0]) is True


def test_database_error_midway_rolls_back(store, readouts, row_counts, monkeypatch):
    good = rows.statement_rows
    monkeypatch.setattr(rows, "statement_rows", lambda r: [{**row, "quote": None} for row in good(r)])
    with pytest.raises(StoreError, match=readouts[0].article.id):
        store.save(readouts[0])  # quote is NOT NULL: the insert fails after articles/events went in
    assert set(row_counts(store).values()) == {0}


def test_save_rejects_non_readout(store):
    with pytest.raises(InputError, match="dict"):
        store.save({"article": {}})


def test_articles_listing(filled, readouts):
    listed = filled.articles()
    assert [a["id"] for a in listed] == [readouts[0].article.id, readouts[1].article.id,
                                         readouts[2].article.id]  # by published, undated last
    first = listed[0]
    assert set(first) == {"id", "url", "publisher", "published", "title", "n_events", "read_at"}
    assert (first["n_events"], first["publisher"], first["published"]) == (3, "Example Wire", "2025-03-31")
    assert listed[2]["n_events"] == 0 and listed[2]["published"] is None


def test_in_memory_store(readouts):
    with Store(":memory:") as s:
        assert s.save(readouts[0]) is True
        assert s.readout(readouts[0].article.id) == readouts[0]
