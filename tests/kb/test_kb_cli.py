"""`detente kb ...` through typer's CliRunner against temporary databases."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store
from test_kb_unknown import readout_1, readout_2


@pytest.fixture
def invoke():
    try:            # click < 8.2 mixes stderr into stdout unless told not to
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()

    def run(*args):
        return runner.invoke(app, ["kb", *[str(a) for a in args]], env={"COLUMNS": "240"})
    return run


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def test_find_on_a_date(invoke, seeded_db):
    result = invoke("find", "Chinese Defense Minister", "--on", "2023-03-20", "--db", seeded_db, "--json")
    assert result.exit_code == 0, result.output
    assert lines(result.stdout)[0]["id"] == "person:li-shangfu" and lines(result.stdout)[0]["via"] == "office"
    later = lines(invoke("find", "Chinese Defense Minister", "--on", "2025-03-20", "--db", seeded_db, "--json").stdout)
    assert later[0]["id"] == "person:dong-jun" and later[0]["role"]["office_key"] == "defence_minister"
    table = invoke("find", "Hegseth", "--db", seeded_db)
    assert table.exit_code == 0 and "Pete Hegseth" in table.stdout and "surname" in table.stdout


def test_find_without_a_database_does_not_create_one(invoke, tmp_path):
    db = tmp_path / "none.db"
    result = invoke("find", "the Kremlin", "--db", db, "--json")
    assert result.exit_code == 0 and lines(result.stdout)[0]["id"] == "org:kremlin"
    assert not db.exists()


@pytest.mark.parametrize("args, code, words", [
    (["find", "Nobody In Particular"], 1, ["nothing in the knowledge base matches"]),
    (["find", "Hegseth", "--on", "2025-13-01"], 2, ["bad --on value", "YYYY-MM-DD"]),
    (["show", "person:nobody"], 1, ["no actor"]),
    (["counterparts", "Hegseth", "--country", "XXX"], 2, ["bad --country"]),
    (["counterparts", "Paul Krugman"], 1, ["no actor"]),
])
def test_errors_are_one_line_with_exit_codes(invoke, seeded_db, args, code, words):
    result = invoke(*args, "--db", seeded_db)
    assert result.exit_code == code, result.output
    assert len(errors(result)) == 1 and errors(result)[0].startswith("error: ")
    for word in words:
        assert word in result.stderr


def test_show(invoke, seeded_db):
    data = lines(invoke("show", "Dong Jun", "--db", seeded_db, "--json").stdout)[0]
    assert data["id"] == "person:dong-jun" and data["origin"] == "builtin" and "Adm. Dong Jun" in data["aliases"]
    assert data["roles"][0]["office_key"] == "defence_minister" and data["surnames"] == ["Dong"]
    text = invoke("show", "person:wang-yi", "--on", "2023-05-01", "--db", seeded_db).stdout
    assert "Wang Yi" in text and "Director of the Office of the Central Foreign Affairs Commission" in text


def test_counterparts(invoke, seeded_db):
    result = invoke("counterparts", "Hegseth", "--on", "2025-08-28", "--country", "CHN", "--db", seeded_db, "--json")
    rows = lines(result.stdout)
    assert [(r["other_office"], r["basis"]) for r in rows][:2] == [("defence_minister", "formal"),
                                                                   ("cmc_vice_chairman", "authority")]
    assert rows[0]["holder"] == "Dong Jun" and "Zhang Youxia" in {r["holder"] for r in rows}
    earlier = lines(invoke("counterparts", "Lloyd Austin", "--on", "2023-03-20", "--country", "CHN",
                           "--db", seeded_db, "--json").stdout)
    assert earlier[0]["holder"] == "Li Shangfu"
    table = invoke("counterparts", "person:dong-jun", "--on", "2025-08-28", "--db", seeded_db)
    assert table.exit_code == 0 and "Pete Hegseth" in table.stdout and "Andrei Belousov" in table.stdout
    out_of_office = invoke("counterparts", "Lloyd Austin", "--on", "2025-08-28", "--db", seeded_db)
    assert out_of_office.exit_code == 1 and "held no office" in out_of_office.stderr


def test_add_and_bad_yaml(invoke, tmp_path):
    db = tmp_path / "new.db"
    good = tmp_path / "good.yaml"
    good.write_text("source: test\npeople:\n  - name: Zhao Minghua\n    country: CHN\n"
                    "    roles: [{office: Vice Foreign Minister, start: 2024-02-01}]\n", encoding="utf-8")
    result = invoke("add", good, "--db", db)
    assert result.exit_code == 0 and "1 added" in result.stdout and db.exists()
    assert "1 unchanged" in invoke("add", good, "--db", db).stdout
    assert lines(invoke("find", "Zhao Minghua", "--db", db, "--json").stdout)[0]["id"] == "person:zhao-minghua"

    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - name: A\n    source: s\n    country: XXX\n  - name: B\n    source: s\n"
                   "    roles: [{office: X, start: 2024-02-30}]\n", encoding="utf-8")
    result = invoke("add", bad, "--db", db)
    assert result.exit_code == 2
    assert errors(result)[0].startswith(f"error: {bad}:4: people #1 (A): country 'XXX'")
    assert errors(result)[1].startswith(f"error: {bad}:7: people #2 (B)") and "2024-02-30" in errors(result)[1]
    assert errors(result)[-1] == f"error: {bad}: 2 problems; nothing was stored"
    assert invoke("find", "B", "--db", db).exit_code == 1


def test_import_wikidata(invoke, tmp_path, sample_dump, newer_dump):
    db = tmp_path / "wd.db"
    result = invoke("import-wikidata", sample_dump, "--db", db)
    assert result.exit_code == 1                                     # some lines failed, the rest imported
    assert errors(result) == [f"error: {sample_dump}:7: not valid JSON (Unterminated string starting at at column 74)",
                              f"error: {sample_dump}:11: not valid JSON (Extra data at column 6)"]
    assert "6 added" in result.stdout and "1 linked" in result.stdout
    again = invoke("import-wikidata", sample_dump, "--db", db, "--json")
    report = lines(again.stdout)[0]
    assert (report["added"], report["updated"], report["unchanged"]) == (0, 0, 7)
    assert [e["line"] for e in report["errors"]] == [7, 11]
    newer = invoke("import-wikidata", newer_dump, "--db", db)
    assert newer.exit_code == 0 and "2 updated" in newer.stdout
    shown = lines(invoke("show", "Alex Mercer", "--db", db, "--json").stdout)[0]
    assert shown["wikidata"] == "Q990000102" and shown["roles"][0]["end"] == "2024-11-30"
    missing = invoke("import-wikidata", tmp_path / "nope.json", "--db", db)
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_unknown_lists_names_from_stored_articles(invoke, tmp_path):
    db = tmp_path / "u.db"
    with Store(db) as store:
        for r in (readout_1(), readout_2()):
            store.save(r)
    result = invoke("unknown", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    names = lines(result.stdout)
    assert [(n["name"], n["mentions"], n["articles"], n["country"]) for n in names] == [
        ("Zhao Minghua", 4, 2, "CHN"), ("Rob Kessler", 1, 1, "USA")]
    text = invoke("unknown", "--db", db, "--limit", "1").stdout
    assert "Zhao Minghua (person): 4 mentions in 2 articles; CHN, GOV" in text and "Rob Kessler" not in text
    assert "Zhao Minghua arrived in Tokyo" in text
    missing = invoke("unknown", "--db", tmp_path / "none.db")
    assert missing.exit_code == 2 and "no database" in missing.stderr
