"""`detente read`: files and stdin in, readouts out (JSON lines or Rich), saved to the store."""

from __future__ import annotations

import json

from cli_helpers import ARTICLE, CONTRACT_KEYS, json_lines

META = ["--published", "2025-03-03", "--url", "https://example.test/fish", "--publisher", "Test Wire",
        "--title", "Fisheries talks"]


def read_json(invoke, *args) -> list[dict]:
    result = invoke("read", *args, "--json")
    assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    return json_lines(result.stdout)


def test_read_json_follows_the_contract(invoke, article, db):
    [out] = read_json(invoke, article, *META, "--db", db)
    assert CONTRACT_KEYS | {"stored"} == out.keys()
    assert out["stored"] is True
    assert out["article"]["published"] == "2025-03-03"
    assert out["article"]["url"] == "https://example.test/fish"
    assert out["article"]["publisher"] == "Test Wire"
    assert out["article"]["title"] == "Fisheries talks"
    assert "text" not in out["article"]
    assert len(out["article"]["id"]) == 16


def test_read_codes_events_from_the_invented_article(invoke, article, db):
    [out] = read_json(invoke, article, *META, "--db", db)
    assert out["events"], "a proposed meeting between two states should be read as an event"
    for event in out["events"]:
        assert {"type", "status", "source", "target", "evidence"} <= event.keys()
        assert " ".join(event["evidence"]["sentence"].split()) in " ".join(ARTICLE.split())


def test_reading_twice_stores_once(invoke, article, db):
    assert read_json(invoke, article, *META, "--db", db)[0]["stored"] is True
    assert read_json(invoke, article, *META, "--db", db)[0]["stored"] is False


def test_read_then_events_and_show_give_back_the_readout(invoke, article, db):
    [out] = read_json(invoke, article, *META, "--db", db)
    listed = json_lines(invoke("events", "--json", "--db", db).stdout)
    assert {row["id"] for row in listed} == {event["id"] for event in out["events"]}
    shown = json_lines(invoke("show", out["article"]["id"], "--json", "--db", db).stdout)
    assert shown == [{k: v for k, v in out.items() if k != "stored"}]


def test_no_store_leaves_no_database(invoke, article, db):
    [out] = read_json(invoke, article, "--no-store", "--db", db)
    assert out["stored"] is False
    assert not db.exists()


def test_read_stdin_with_dash_and_with_no_files(invoke, db):
    for args in (["-"], []):
        result = invoke("read", *args, "--json", "--no-store", "--published", "2025-03-03", input=ARTICLE)
        assert result.exit_code == 0, (result.stdout, result.stderr)
        [out] = json_lines(result.stdout)
        assert out["article"]["published"] == "2025-03-03"


def test_read_human_view(invoke, article, db):
    result = invoke("read", article, *META, "--db", db)
    assert result.exit_code == 0, (result.stdout, result.stderr)
    assert "Fisheries talks" in result.stdout
    assert "Test Wire" in result.stdout
    assert "saved" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal


def test_meta_from_sidecar(invoke, article, db):
    sidecar = article.with_suffix(".expected.json")
    sidecar.write_text(json.dumps({"published": "2025-03-04", "publisher": "Side Wire",
                                   "url": "https://example.test/side", "events": []}), encoding="utf-8")
    [out] = read_json(invoke, article, "--meta-from-sidecar", "--title", "From the option", "--db", db)
    assert out["article"]["published"] == "2025-03-04"
    assert out["article"]["publisher"] == "Side Wire"
    assert out["article"]["url"] == "https://example.test/side"
    assert out["article"]["title"] == "From the option"


def test_several_files_one_json_line_each(invoke, tmp_path, db):
    paths = []
    for n, place in enumerate(["Oslo", "Bergen", "Tromso"]):
        path = tmp_path / f"{n:02d}-talks.txt"
        path.write_text(ARTICLE.replace("Oslo", place), encoding="utf-8")
        paths.append(path)
    outs = read_json(invoke, *paths, "--db", db)
    assert len(outs) == 3 and len({o["article"]["id"] for o in outs}) == 3
    assert all(o["stored"] for o in outs)
