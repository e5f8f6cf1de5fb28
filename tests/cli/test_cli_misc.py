"""--help for every command, `detente version`, `detente bench`, and the corpus loader."""

from __future__ import annotations

import json

import pytest
import typer.main

from cli_helpers import assert_one_line_error, json_lines
from detente import __version__
from detente.bench import load_corpus
from detente.cli import app
from detente.errors import EvalError, InputError

COMMANDS = sorted(typer.main.get_command(app).commands)


def test_commands():
    expected = {"bench", "eval", "events", "export", "kb", "read", "show", "thread", "threads", "version", "watch"}
    assert set(COMMANDS) == expected


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(invoke, command):
    result = invoke(command, "--help")
    assert result.exit_code == 0, (result.stdout, result.exception)
    assert "Example" in result.stdout and f"detente {command}" in result.stdout


def test_top_level_help(invoke):
    result = invoke("--help")
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_version(invoke):
    result = invoke("version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"detente {__version__}"


def test_python_dash_m_runs_the_same_cli():
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-m", "detente", "version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"detente {__version__}"


@pytest.fixture
def corpus(tmp_path):
    records = [
        {"date": "26-FEB-1987 15:01:01.79", "body": "Japan and the United States agreed on Monday to hold "
                                                    "trade talks in Tokyo next month, officials said."},
        {"date": "26-FEB-1987 15:02:20.00", "title": "NO BODY"},
        {"date": "27-FEB-1987 09:00:00.00", "body": "   "},
        {"date": "27-FEB-1987 10:00:00.00", "body": "France protested to Britain over fishing rights. "
                                                    "London rejected the protest."},
    ]
    (tmp_path / "part-000.json").write_text(json.dumps(records[:2]), encoding="utf-8")
    (tmp_path / "part-001.json").write_text(json.dumps(records[2:]), encoding="utf-8")
    return tmp_path


def test_load_corpus_skips_records_without_body(corpus):
    articles = load_corpus(corpus)
    assert [day for _, day in articles] == ["1987-02-26", "1987-02-27"]
    assert load_corpus(corpus, limit=1) == articles[:1]
    assert load_corpus(corpus / "part-001.json") == articles[1:]


def test_load_corpus_errors(tmp_path):
    with pytest.raises(InputError):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(InputError):
        load_corpus(tmp_path)
    (tmp_path / "bad.json").write_text('{"body": "not a list"}', encoding="utf-8")
    with pytest.raises(EvalError):
        load_corpus(tmp_path)


def test_bench_missing_corpus_is_one_line_error(invoke, tmp_path):
    line = assert_one_line_error(invoke("bench", tmp_path / "nowhere"), 2)
    assert "nowhere" in line


def test_bench_json(invoke, corpus):
    result = invoke("bench", corpus, "--json")
    assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    [out] = json_lines(result.stdout)
    assert {"articles", "sentences", "articles_per_s", "sentences_per_s", "baseline_articles_per_s",
            "ratio", "peak_rss_mb"} <= out.keys()
    assert out["articles"] == 2 and out["sentences"] >= 3
    assert out["articles_per_s"] > 0 and out["baseline_articles_per_s"] > 0 and out["peak_rss_mb"] > 0
