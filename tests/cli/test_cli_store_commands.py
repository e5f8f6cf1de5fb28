"""`detente events`, `show` and `export` over a database filled through the Store."""

from __future__ import annotations

import csv

import pytest

from cli_helpers import assert_one_line_error, json_lines, sample_readouts

JULY, SEPTEMBER = sample_readouts()
ALL_IDS = {e.id for r in (JULY, SEPTEMBER) for e in r.events}


def event_ids(result) -> set[str]:
    assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    return {row["id"] for row in json_lines(result.stdout)}


def countries(row: dict) -> set[str]:
    return {a.get("country") for a in row["source"] + row["target"]}


def test_events_json_lists_every_stored_event_with_its_article(invoke, filled_db):
    result = invoke("events", "--db", filled_db, "--json")
    rows = json_lines(result.stdout)
    assert {row["id"] for row in rows} == ALL_IDS
    for row in rows:
        assert {"type", "status", "source", "target", "evidence", "article_id", "published"} <= row.keys()
    assert {row["article_id"] for row in rows} == {JULY.article.id, SEPTEMBER.article.id}


@pytest.mark.parametrize("args, expected", [
    (["--dyad", "USA-CHN"], {e.id for e in JULY.events + SEPTEMBER.events[:1]}),
    (["--dyad", "usa-chn"], {e.id for e in JULY.events + SEPTEMBER.events[:1]}),
    (["--dyad", "CHN->USA"], set()),
    (["--since", "2025-09"], {e.id for e in SEPTEMBER.events}),
    (["--since", "2025-08-01"], {e.id for e in SEPTEMBER.events}),
    (["--until", "2025-08-01"], {e.id for e in JULY.events}),
    (["--type", "MOBILIZE"], {SEPTEMBER.events[1].id}),
    (["--status", "proposed"], {SEPTEMBER.events[0].id}),
    (["--actor", "Ana Lind"], {e.id for e in JULY.events}),
    (["--dyad", "USA-CHN", "--status", "occurred"], {e.id for e in JULY.events}),
    (["--type", "CONSULT", "--dyad", "RUS-UKR"], set()),
    (["--text", "kuala lumpur"], {e.id for e in JULY.events}),
    (["--text", "reserves", "--dyad", "RUS-UKR"], {SEPTEMBER.events[1].id}),
    (["--text", "calm"], set()),  # said in a quote, which is no event's sentence
])
def test_events_filters(invoke, filled_db, args, expected):
    assert event_ids(invoke("events", "--db", filled_db, "--json", *args)) == expected


def test_events_dyad_rows_involve_both_countries(invoke, filled_db):
    rows = json_lines(invoke("events", "--db", filled_db, "--json", "--dyad", "USA-CHN").stdout)
    assert rows and all(countries(row) >= {"USA", "CHN"} for row in rows)


def test_events_limit(invoke, filled_db):
    assert len(event_ids(invoke("events", "--db", filled_db, "--json", "--limit", "1"))) == 1


def test_events_table(invoke, filled_db):
    result = invoke("events", "--db", filled_db)
    assert result.exit_code == 0, result.stderr
    for word in ("CONSULT", "MOBILIZE", "proposed", "Tom Reed", SEPTEMBER.article.id[:8]):
        assert word in result.stdout


@pytest.mark.parametrize("args", [
    ["--dyad", "USA"], ["--dyad", "USA+CHN"], ["--since", "2025-13-01"], ["--until", "yesterday"],
    ["--status", "happened"], ["--since", "2025-09-01", "--until", "2025-01-01"], ["--text", "a"],
])
def test_events_bad_filter_is_one_line_error(invoke, filled_db, args):
    line = assert_one_line_error(invoke("events", "--db", filled_db, *args), 2)
    assert args[1] in line


def test_events_without_database_is_one_line_error(invoke, tmp_path):
    line = assert_one_line_error(invoke("events", "--db", tmp_path / "none.db"), 2)
    assert "none.db" in line
    assert not (tmp_path / "none.db").exists()


def test_show_short_prefix_is_one_line_error(invoke, filled_db):
    assert_one_line_error(invoke("show", SEPTEMBER.article.id[:3], "--db", filled_db), 2)


@pytest.mark.parametrize("prefix", [16, 6])
def test_show_json_is_the_stored_readout(invoke, filled_db, prefix):
    result = invoke("show", SEPTEMBER.article.id[:prefix], "--db", filled_db, "--json")
    assert result.exit_code == 0, (result.stdout, result.stderr)
    [shown] = json_lines(result.stdout)
    threads = shown.pop("threads")
    assert shown == {k: v for k, v in SEPTEMBER.as_dict().items() if k != "threads"}
    event_ids = {e.id for e in SEPTEMBER.events}
    assert threads and all(set(step["events"]) <= event_ids for t in threads for step in t["history"])


def test_show_renders_like_read(invoke, filled_db):
    result = invoke("show", SEPTEMBER.article.id, "--db", filled_db)
    assert result.exit_code == 0, result.stderr
    for word in ("Reed proposes a call", "Test Wire", "non_committal", "Counterparts", "[bold]calm[/bold]"):
        assert word in result.stdout


def test_show_unknown_id_is_one_line_error(invoke, filled_db):
    line = assert_one_line_error(invoke("show", "ffffffffffff", "--db", filled_db), 1)
    assert "ffffffffffff" in line


def test_export_jsonl_to_stdout(invoke, filled_db):
    result = invoke("export", "--format", "jsonl", "--db", filled_db)
    assert event_ids(result) == ALL_IDS
    assert "exported 3 events" in result.stderr


def test_export_jsonl_with_filter(invoke, filled_db):
    assert event_ids(invoke("export", "--format", "jsonl", "--status", "planned", "--db", filled_db)) == {
        SEPTEMBER.events[1].id}


def test_export_csv_to_file(invoke, filled_db, tmp_path):
    out = tmp_path / "events.csv"
    result = invoke("export", "--format", "csv", "--out", out, "--db", filled_db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3


def test_export_csv_to_stdout(invoke, filled_db):
    result = invoke("export", "--format", "csv", "--dyad", "RUS-UKR", "--db", filled_db)
    assert result.exit_code == 0, result.stderr
    assert len(list(csv.DictReader(result.stdout.splitlines()))) == 1


def test_export_parquet(invoke, filled_db, tmp_path):
    import pyarrow.parquet as pq
    out = tmp_path / "events.parquet"
    result = invoke("export", "--format", "parquet", "--out", out, "--db", filled_db)
    assert result.exit_code == 0, result.stderr
    assert pq.read_table(out).num_rows == 3


def test_export_parquet_needs_out(invoke, filled_db):
    line = assert_one_line_error(invoke("export", "--format", "parquet", "--db", filled_db), 2)
    assert "--out" in line


def test_export_unknown_format_is_a_usage_error(invoke, filled_db):
    result = invoke("export", "--format", "xml", "--db", filled_db)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_jsonl_export_matches_events_json(invoke, filled_db):
    exported = json_lines(invoke("export", "--format", "jsonl", "--db", filled_db).stdout)
    listed = json_lines(invoke("events", "--json", "--db", filled_db).stdout)
    assert sorted(exported, key=lambda row: row["id"]) == sorted(listed, key=lambda row: row["id"])
