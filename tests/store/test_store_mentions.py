"""Event mentions (the other sentences that tell an event): stored, read back and printed with the same names."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from detente.cli import app
from detente.records import Evidence
from detente.store import MIGRATIONS, Store
from detente.store.schema import event_mentions


def _with_mentions(readout, *sentences: str):
    """The readout with its first event also told by `sentences` (found in the article text)."""
    text = readout.article.text
    told = [Evidence(sentence=s, start=text.index(s), end=text.index(s) + len(s)) for s in sentences]
    first = dataclasses.replace(readout.events[0], mentions=told)
    return dataclasses.replace(readout, events=[first, *readout.events[1:]]), told


@pytest.mark.parametrize("count", [0, 1, 2])
def test_mentions_round_trip(store, readouts, count):
    sentences = ["Nakatani proposed a return visit to Washington in late spring.",
                 "The two sides plan to expand joint exercises."][:count]
    readout, told = _with_mentions(readouts[0], *sentences)
    assert store.save(readout)
    back = store.readout(readout.article.id)
    assert back.events[0].mentions == told
    assert back == readout
    row = next(r for r in store.events() if r["id"] == readout.events[0].id)
    assert row["mentions"] == [m.as_dict() for m in told]
    assert all(set(m) == {"sentence", "start", "end"} for m in row["mentions"])


def test_mentions_rows_point_into_the_text(filled, readouts):
    with filled.engine.connect() as conn:
        rows = conn.execute(select(event_mentions)).mappings().all()
    text = readouts[0].article.text
    assert [(r["event_id"], r["position"]) for r in rows] == [(readouts[0].events[0].id, 0)]
    assert all(text[r["start"]:r["end"]] == r["sentence"] for r in rows)


def test_event_without_mentions_reads_as_empty_list(filled, readouts):
    """A readout stored before mentions existed has none in its JSON: it reads back with an empty list."""
    data = readouts[1].events[0].as_dict()
    del data["mentions"]
    assert type(readouts[1].events[0]).from_dict(data).mentions == []


def test_upgrade_adds_the_mentions_table(tmp_path, readouts):
    path = tmp_path / "old.db"
    Store(path, migrations=MIGRATIONS[:4]).close()  # a database from before 0005_event_mentions
    with Store(path) as store:
        assert store.applied_now == ["0005_event_mentions"]
        assert store.save(readouts[0])
        assert store.readout(readouts[0].article.id).events[0].mentions == readouts[0].events[0].mentions


@pytest.mark.parametrize("command", [["events", "--json"], ["show", "--json"]])
def test_cli_json_prints_mentions(tmp_path, readouts, command):
    path = tmp_path / "cli.db"
    with Store(path) as store:
        store.save(readouts[0])
    args = [*command, *([readouts[0].article.id] if command[0] == "show" else []), "--db", str(path)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    events = [json.loads(x) for x in lines] if command[0] == "events" else json.loads(result.stdout)["events"]
    meet = next(e for e in events if e["id"] == readouts[0].events[0].id)
    assert meet["mentions"] == [m.as_dict() for m in readouts[0].events[0].mentions]


def test_human_views_show_mentions(tmp_path, readouts):
    path = tmp_path / "cli.db"
    with Store(path) as store:
        store.save(readouts[0])
    for args in (["events"], ["show", readouts[0].article.id]):
        result = CliRunner().invoke(app, [*args, "--db", str(path)], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        assert "also: Tokyo would prefer the Pentagon chief" in result.stdout
