"""export(): jsonl, csv and parquet, to paths and streams, with filters; bad formats and outputs."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from detente.errors import InputError
from detente.store.export import FIELDNAMES, PARQUET_SCHEMA


def test_jsonl_rows_are_events_dicts(filled, tmp_path):
    out = tmp_path / "events.jsonl"
    assert filled.export("jsonl", out) == 5
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == filled.events()


def test_jsonl_to_stdout(filled, capsys):
    assert filled.export("jsonl", "-", dyad="USA-CHN") == 2
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows == filled.events(dyad="USA-CHN")


def test_csv_flattens(filled, tmp_path, readouts):
    out = tmp_path / "events.csv"
    assert filled.export("CSV", out, dyad="USA-JPN") == 3
    with open(out, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == FIELDNAMES
        got = list(reader)
    meet, drills, visit = got
    assert meet["id"] == readouts[0].events[0].id
    assert meet["article_id"] == readouts[0].article.id and meet["publisher"] == "Example Wire"
    assert (meet["source_names"], meet["source_countries"], meet["target_names"]) == (
        "Pete Hegseth", "USA", "Gen Nakatani")
    assert (meet["date_value"], meet["date_precision"]) == ("2025-03-30", "day")
    assert meet["location_name"] == "Tokyo"
    assert meet["context"] == "defense;alliance" and meet["quad_class"] == "1"
    assert meet["evidence_sentence"].startswith("U.S. Defense Secretary")
    assert int(meet["evidence_end"]) - int(meet["evidence_start"]) == len(meet["evidence_sentence"])
    assert drills["source_names"] == "United States;Gen Nakatani"
    assert drills["source_sectors"] == "government;defense"
    assert drills["target_sectors"] == ""                     # one actor, no sector
    assert drills["date_value"] == "" and drills["links"] == f"follows:{meet['id']}"
    assert (visit["date_earliest"], visit["date_latest"]) == ("2025-05-01", "2025-06-20")
    assert (visit["response_by"], visit["response_status"]) == ("USA", "accepted")


def test_csv_to_text_stream(filled):
    buf = io.StringIO()
    assert filled.export("csv", buf, status="declined") == 1
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["type"] for r in rows] == ["PROPOSE"]


def test_parquet_round_trip(filled, tmp_path, readouts):
    out = tmp_path / "events.parquet"
    assert filled.export("parquet", out) == 5
    table = pq.read_table(out)
    assert table.schema.equals(PARQUET_SCHEMA)
    data = table.to_pylist()
    assert [r["id"] for r in data] == [e["id"] for e in filled.events()]
    assert data[0]["quad_class"] == 1 and data[0]["intensity"] == 0.5
    assert data[0]["evidence_start"] == readouts[0].events[0].evidence.start
    assert data[1]["date_value"] is None and data[1]["published"] == "2025-03-31"


def test_parquet_to_binary_stream(filled):
    buf = io.BytesIO()
    assert filled.export("parquet", buf, type="consult") == 2
    buf.seek(0)
    assert pq.read_table(buf).num_rows == 2


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_empty_export_still_writes(store, tmp_path, fmt):
    out = tmp_path / f"none.{fmt}"
    assert store.export(fmt, out) == 0
    assert out.exists()
    if fmt == "parquet":
        assert pq.read_table(out).schema.equals(PARQUET_SCHEMA)


@pytest.mark.parametrize("fmt, out, message", [
    ("xml", "x.xml", "unknown export format 'xml': choose one of jsonl, csv, parquet"),
    ("parquet", "-", "parquet to stdout"),
    ("csv", "missing/x.csv", "does not exist"),
    ("jsonl", ".", "is a directory"),
])
def test_bad_export(filled, tmp_path, monkeypatch, fmt, out, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=message):
        filled.export(fmt, out)


def test_parquet_refuses_text_stream(filled):
    with pytest.raises(InputError, match="text stream"):
        filled.export("parquet", io.StringIO())


def test_unknown_filter(filled, tmp_path):
    with pytest.raises(InputError, match="unknown export filter country"):
        filled.export("csv", tmp_path / "x.csv", country="USA")
