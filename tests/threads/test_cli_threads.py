"""`detente threads` and `detente thread ID` over a temporary database."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from detente.cli import app
from thread_helpers import CHN_MIL, DONG, HEGSETH, PUTIN, TRUMP, article, day, ev


@pytest.fixture
def invoke():
    try:  # click < 8.2 mixes stderr into stdout unless told not to
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()

    def run(*args):
        return runner.invoke(app, [str(a) for a in args])
    return run


@pytest.fixture
def db(store):
    """A database with saved but not yet linked articles: the commands link them first."""
    for readout in (
        article("2025-08-28", ev("Hegseth wants a telephone conversation with China's top generals.", "CONSULT",
                                 "proposed", [HEGSETH], [CHN_MIL], mode="phone", trigger="call",
                                 response=("CHN", "non_committal"))),
        article("2025-09-10", ev("Hegseth and Dong Jun spoke by video on Tuesday.", "CONSULT", "occurred",
                                 [HEGSETH], [DONG], day("2025-09-09"), mode="phone", trigger="spoke"),
                publisher="Crosswind News"),
        article("2025-10-17", ev("Trump said he would meet Putin in Budapest.", "CONSULT", "planned", [TRUMP],
                                 [PUTIN], trigger="meet", place=("Budapest", "HUN"))),
    ):
        store.save(readout)
    return store.label


def lines(result):
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_threads_lists_and_filters(invoke, db):
    result = invoke("threads", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    rows = lines(result)
    assert {r["kind"] for r in rows} == {"call", "meeting"}
    call = next(r for r in rows if r["kind"] == "call")
    assert [s["status"] for s in call["history"]] == ["proposed", "non_committal", "occurred"]
    assert [r["kind"] for r in lines(invoke("threads", "--db", db, "--json", "--dyad", "USA-CHN"))] == ["call"]
    assert [r["status"] for r in lines(invoke("threads", "--db", db, "--json", "--status", "open"))] == ["planned"]
    assert lines(invoke("threads", "--db", db, "--json", "--since", "2025-10-01"))[0]["kind"] == "meeting"
    assert len(lines(invoke("threads", "--db", db, "--json", "--kind", "call", "--limit", "1"))) == 1
    table = invoke("threads", "--db", db)
    assert table.exit_code == 0 and "Pete Hegseth" in table.stdout and "2 threads" in table.stdout


def test_thread_shows_the_timeline_with_evidence_and_sources(invoke, db):
    call = next(r for r in lines(invoke("threads", "--db", db, "--json")) if r["kind"] == "call")
    result = invoke("thread", call["id"][:9], "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    (record,) = lines(result)
    occurred = record["timeline"][-1]
    assert occurred["status"] == "occurred" and occurred["date"] == "2025-09-09"
    assert occurred["events"][0]["sentence"] == "Hegseth and Dong Jun spoke by video on Tuesday."
    assert occurred["events"][0]["publisher"] == "Crosswind News"
    view = invoke("thread", call["id"], "--db", db)
    assert view.exit_code == 0
    assert "Tuesday" in view.stdout and "Crosswind" in view.stdout and "timeline" in view.stdout


def test_thread_errors(invoke, db, tmp_path):
    missing = invoke("thread", "th-ffffffffffff", "--db", db)
    assert missing.exit_code == 1 and missing.stderr.startswith("error: no thread")
    bad = invoke("threads", "--db", db, "--status", "happening")
    assert bad.exit_code == 2 and "unknown thread status" in bad.stderr
    nodb = invoke("threads", "--db", tmp_path / "none.db")
    assert nodb.exit_code == 2 and "no database" in nodb.stderr
