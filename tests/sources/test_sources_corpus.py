"""Corpora: JSONL, JSON arrays, CSV/TSV; field names guessed or given; bad records contained."""

from __future__ import annotations

import csv
import json

import pytest

from detente.errors import InputError
from detente.sources.article import normalise_date
from detente.sources.corpus import Fields
from detente.sources.inputs import SourceOptions, iter_articles
from sources_helpers import FRENCH, OTHER_STORY, STORY_TEXT

OTHER_TEXT = "\n\n".join(OTHER_STORY)


def _read(path, **fields):
    return list(iter_articles(str(path), SourceOptions(fields=Fields(**fields))))


def test_jsonl_with_guessed_fields_and_bad_lines(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"body": STORY_TEXT, "date": "2025-03-03T09:30:00Z", "url": "https://harbour.example/a",
                    "headline": "Talks", "author": ["Ann Example", "Bo Sample"]}),
        "",
        "{not json",
        json.dumps({"nothing": "here"}),
        json.dumps({"text": OTHER_TEXT, "published": "May 9, 2025", "source": "Andes Wire"}),
        json.dumps({"text": " ".join(FRENCH), "lang": "fr"}),
        json.dumps({"text": "", "date": "2025-01-01"}),
        json.dumps({"text": OTHER_TEXT, "date": "someday"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts = _read(path)
    assert [a.status for a in arts] == ["ok", "failed", "failed", "ok", "skipped", "failed", "failed", "failed"]
    first, bad_json, no_text, other, french, empty, bad_date, a_list = arts
    assert first.origin == f"{path}:1" and first.published == "2025-03-03" and first.title == "Talks"
    assert first.publisher == "harbour.example" and first.author == "Ann Example; Bo Sample"
    assert bad_json.origin == f"{path}:3" and "not valid JSON" in bad_json.error
    assert "no text field" in no_text.error and "--text-field" in no_text.error
    assert other.published == "2025-05-09" and other.publisher == "Andes Wire"
    assert french.language == "fr"
    assert "empty" in empty.error
    assert "'someday' is not a date" in bad_date.error
    assert "not an object" in a_list.error


def test_named_fields_including_nested(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"doc": {"content": STORY_TEXT}, "meta": {"day": "03/03/2025"},
                                "where": "https://x.example/1", "hed": "H", "outlet": {"name": "Fjord Times"}})
                    + "\n", encoding="utf-8")
    [art] = _read(path, text="doc.content", date="meta.day", url="where", title="hed",
                  publisher="outlet.name")
    assert art.ok and art.url == "https://x.example/1" and art.title == "H"
    assert art.publisher == "Fjord Times" and art.published == "2025-03-03"
    [missing] = _read(path, text="body")
    assert "has no field 'body'" in missing.error and "--text-field" in missing.error


def test_csv_and_tsv(tmp_path):
    for name, delimiter in (("c.csv", ","), ("c.tsv", "\t")):
        path = tmp_path / name
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter)
            writer.writerow(["story", "day", "link", "head"])
            writer.writerow([STORY_TEXT, "2025-03-03", "https://harbour.example/a", "Talks"])
            writer.writerow(["", "", "", ""])
            writer.writerow([OTHER_TEXT, "2025-05-09", "https://andes.example/b", "Rail"])
        arts = _read(path, text="story", date="day", url="link", title="head")
        assert [a.status for a in arts] == ["ok", "ok"], [a.error for a in arts]
        assert arts[1].title == "Rail" and arts[1].published == "2025-05-09"
        assert arts[0].origin.startswith(str(path) + ":")


def test_json_array_file(tmp_path):
    path = tmp_path / "reuters-like.json"
    path.write_text(json.dumps([{"body": STORY_TEXT, "date": "26-FEB-1987 15:01:01.79"},
                                {"title": "no body"}]), encoding="utf-8")
    ok, bad = _read(path)
    assert ok.ok and ok.published == "1987-02-26" and ok.origin == f"{path}[0]"
    assert bad.status == "failed"


def test_non_utf8_corpus_is_a_clear_error(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(json.dumps({"text": STORY_TEXT}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    arts = _read(path)
    assert arts[0].ok and arts[-1].status == "failed" and "UTF-8" in arts[-1].error


@pytest.mark.parametrize("value, day", [
    ("2025-03-03", "2025-03-03"), ("2025-03-03T23:59:00-05:00", "2025-03-03"),
    ("Mon, 03 Mar 2025 10:00:00 GMT", "2025-03-03"), ("March 3, 2025", "2025-03-03"),
    ("2025-03-03 10:00", "2025-03-03"), (None, None), ("", None),
])
def test_normalise_date(value, day):
    assert normalise_date(value) == day


@pytest.mark.parametrize("value", ["someday", "2025-02-30", "32/13/2025"])
def test_bad_dates(value):
    with pytest.raises(InputError, match="is not a date"):
        normalise_date(value)
