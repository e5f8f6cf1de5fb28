"""Bad inputs to `detente read`: one `error:` line each, the right exit code, and the batch goes on."""

from __future__ import annotations

import pytest

from cli_helpers import ARTICLE, assert_one_line_error, json_lines
from detente.store import Store


@pytest.fixture
def bad_files(tmp_path):
    files = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
        "missing": tmp_path / "missing.txt",
    }
    files["empty"].write_text("", encoding="utf-8")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return files


@pytest.mark.parametrize("kind", ["empty", "binary", "missing"])
def test_unreadable_file_is_one_line_error(invoke, bad_files, db, kind):
    path = bad_files[kind]
    line = assert_one_line_error(invoke("read", path, "--db", db, "--json"), 2)
    assert line.startswith(f"error: {path}: ")


def test_cp1252_file_reads_fine(invoke, tmp_path, db):
    path = tmp_path / "cp1252.txt"
    extra = "\nCaf\u00e9 diplomacy \u2013 the \u201cquiet\u201d way.\n"  # é, en dash, curly quotes
    text = ARTICLE.replace("Sweden's", "Sweden\u2019s") + extra
    path.write_bytes(text.encode("cp1252"))
    result = invoke("read", path, "--db", db, "--json")
    assert result.exit_code == 0, (result.stdout, result.stderr)
    [out] = json_lines(result.stdout)
    assert out["stored"] is True
    with Store(str(db)) as store:
        stored_text = store.readout(out["article"]["id"]).article.text
    assert "Caf\u00e9 diplomacy \u2013 the \u201cquiet\u201d way." in stored_text


def test_batch_goes_on_past_a_bad_file(invoke, article, bad_files, tmp_path, db):
    other = tmp_path / "02-other.txt"
    other.write_text(ARTICLE.replace("Oslo", "Bergen"), encoding="utf-8")
    result = invoke("read", article, bad_files["missing"], other, "--db", db, "--json")
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert len(json_lines(result.stdout)) == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"error: {bad_files['missing']}: ")
    assert lines[-1] == "1 of 3 files failed"
    assert len(lines) == 2


def test_all_files_failing_exits_2(invoke, bad_files, db):
    result = invoke("read", bad_files["empty"], bad_files["missing"], "--db", db)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == "2 of 2 files failed"
    assert result.stdout == ""


def test_empty_stdin_is_one_line_error(invoke, db):
    assert_one_line_error(invoke("read", "-", "--no-store", input=""), 2)


@pytest.mark.parametrize("value", ["28/08/2025", "2025-02-30", "last week"])
def test_bad_published_fails_before_reading(invoke, article, db, value):
    line = assert_one_line_error(invoke("read", article, "--published", value, "--db", db), 2)
    assert "--published" in line and value in line
    assert not db.exists()


def test_bad_published_in_sidecar_fails_that_file_only(invoke, article, tmp_path, db):
    article.with_suffix(".expected.json").write_text('{"published": "soon"}', encoding="utf-8")
    line = assert_one_line_error(invoke("read", article, "--meta-from-sidecar", "--db", db), 2)
    assert "soon" in line


def test_broken_sidecar_is_one_line_error(invoke, article, db):
    article.with_suffix(".expected.json").write_text("{not json", encoding="utf-8")
    line = assert_one_line_error(invoke("read", article, "--meta-from-sidecar", "--db", db), 2)
    assert "sidecar" in line


@pytest.mark.parametrize("where", ["missing_dir", "directory"])
def test_unusable_db_is_one_line_error(invoke, article, tmp_path, where):
    db = tmp_path / "no" / "such" / "dir" / "x.db" if where == "missing_dir" else tmp_path
    line = assert_one_line_error(invoke("read", article, "--db", db), 2)
    assert "--db" in line or str(db) in line
    assert not (tmp_path / "no").exists()
