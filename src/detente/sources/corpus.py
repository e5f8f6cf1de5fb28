"""Corpora: JSON lines, JSON arrays, CSV and TSV files, one article per record, streamed.

Which field holds what is guessed from common names (text/body/content..., published/date...,
url/link..., title/headline..., publisher/source/outlet...) unless named with `Fields`
(``--text-field``, ``--date-field``, ``--url-field``, ``--title-field``, ``--publisher-field``).
A dotted name reaches into nested JSON objects (``source.name``). A record that cannot be read (bad
JSON, no text, a date that is not a date) becomes one failed SourceArticle naming the file and
line; the rest of the corpus is read.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from detente.errors import InputError
from detente.sources.article import SourceArticle, clean, failed, host_of, normalise_date
from detente.sources.language import detect_language, skip_reason_for
from detente.sources.text import check_text

GUESSES = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "story", "maintext"),
    "date": ("published", "date", "pubdate", "pub_date", "published_at", "publish_date",
             "date_published", "datetime", "timestamp", "time"),
    "url": ("url", "link", "source_url", "uri", "href"),
    "title": ("title", "headline", "heading", "subject"),
    "publisher": ("publisher", "source", "outlet", "site", "sitename", "site_name", "domain",
                  "media", "newspaper"),
    "author": ("author", "authors", "byline", "creator"),
    "language": ("language", "lang", "locale"),
}


@dataclass(frozen=True)
class Fields:
    """Names of the fields holding each piece of an article; None means "guess from common names"."""

    text: str | None = None
    date: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None

    def named(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


_OPTION = {"text": "--text-field", "date": "--date-field", "url": "--url-field", "title": "--title-field",
           "publisher": "--publisher-field"}
_MISSING = object()


def _lookup(record: dict[str, Any], name: str) -> Any:
    """record[name], or a dotted path into nested objects; _MISSING when absent."""
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return _MISSING
        value = value[part]
    return value


def _field(record: dict[str, Any], role: str, fields: Fields) -> tuple[str | None, Any]:
    """(field name, value) for a role: the named field (InputError if absent) or the first guess present."""
    named = getattr(fields, role, None)
    if named:
        value = _lookup(record, named)
        if value is _MISSING:
            keys = ", ".join(list(record)[:12]) or "none"
            raise InputError(f"has no field {named!r} (its fields: {keys}); fix {_OPTION[role]}")
        return named, value
    lowered = {str(k).lower(): k for k in record}
    present = [lowered[g] for g in GUESSES[role] if g in lowered]
    for name in present:
        if record[name] not in (None, "", [], {}):
            return name, record[name]
    return (present[0], record[present[0]]) if present else (None, None)


def record_article(record: Any, fields: Fields, origin: str) -> SourceArticle:
    """One corpus record (a dict) as a SourceArticle; a failed one when it has no usable text."""
    if not isinstance(record, dict):
        return failed(origin, f"is a JSON {type(record).__name__}, not an object with the article's "
                      "fields", kind="corpus")
    try:
        name, text = _field(record, "text", fields)
        if name is None:
            keys = ", ".join(list(record)[:12]) or "none"
            raise InputError(f"has no text field (looked for {', '.join(GUESSES['text'][:5])}...; "
                             f"its fields: {keys}); name it with --text-field")
        if not isinstance(text, str):
            raise InputError(f"field {name!r} holds a {type(text).__name__}, not text; "
                             "name the text field with --text-field")
        text = check_text(text)
        _, raw_date = _field(record, "date", fields)
        published = normalise_date(raw_date, "date") if not isinstance(raw_date, (dict, list)) else None
        meta = {role: clean(_field(record, role, fields)[1]) for role in ("url", "title", "publisher")}
        _, author = _field(record, "author", Fields())
        _, lang = _field(record, "language", Fields())
    except InputError as exc:
        return failed(origin, str(exc), kind="corpus")
    language = detect_language(text, clean(lang) if isinstance(lang, str) else None)
    meta["publisher"] = meta["publisher"] or host_of(meta["url"])
    return SourceArticle(text=text, origin=origin, kind="corpus", published=published,
                         author=clean(author) if not isinstance(author, dict) else None,
                         language=language, skip_reason=skip_reason_for(language), **meta)


def iter_jsonl(lines: Iterable[str | bytes], label: str, fields: Fields) -> Iterator[SourceArticle]:
    """One article per non-blank line of JSON (lines as text, or bytes decoded line by line as UTF-8)."""
    for n, line in enumerate(lines, 1):
        origin = f"{label}:{n}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield failed(origin, "is not UTF-8 text; re-save the corpus as UTF-8", kind="corpus")
                continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield failed(origin, f"is not valid JSON ({exc.msg} at column {exc.colno}); fix or "
                         "remove the line", kind="corpus")
            continue
        yield record_article(record, fields, origin)


class _NotUtf8(Exception):
    def __init__(self, line: int):
        self.line = line


def _decoded(lines: Iterable[str | bytes]) -> Iterator[str]:
    """Text lines from text or bytes lines; _NotUtf8 names the first line that is not UTF-8."""
    for n, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                raise _NotUtf8(n) from None
        yield line


def iter_json(data: str, label: str, fields: Fields) -> Iterator[SourceArticle]:
    """A JSON array of records (or one record, or {"articles": [...]}-style wrapper)."""
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        yield failed(label, f"is not valid JSON ({exc.msg} at line {exc.lineno}); fix the file",
                     kind="corpus")
        return
    if isinstance(doc, dict):
        lists = [v for v in doc.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        records = lists[0] if len(lists) == 1 and _field(doc, "text", Fields())[0] is None else [doc]
    elif isinstance(doc, list):
        records = doc
    else:
        yield failed(label, f"holds a JSON {type(doc).__name__}, not records; give an array of "
                     "objects", kind="corpus")
        return
    for n, record in enumerate(records):
        yield record_article(record, fields, f"{label}[{n}]")


def iter_csv(lines: Iterable[str | bytes], label: str, fields: Fields,
             delimiter: str = ",") -> Iterator[SourceArticle]:
    """One article per row; the first row names the columns. A line that is not UTF-8 ends the file."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(_decoded(lines), delimiter=delimiter)
    try:
        if not reader.fieldnames:
            yield failed(label, "is empty (no header row); give a CSV/TSV file with column names",
                         kind="corpus")
            return
        for row in reader:
            origin = f"{label}:{reader.line_num}"
            if None in row:  # more cells than header columns
                row = {k: v for k, v in row.items() if k is not None}
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            yield record_article(row, fields, origin)
    except csv.Error as exc:
        yield failed(f"{label}:{reader.line_num}", f"is not valid CSV ({exc}); fix the file", kind="corpus")
    except _NotUtf8 as exc:
        yield failed(f"{label}:{exc.line}", "is not UTF-8 text; re-save the corpus as UTF-8 (the rest "
                     "of the file is not read)", kind="corpus")


def open_corpus(path: Path) -> IO[bytes]:
    """Open a corpus file for reading (bytes: lines are decoded one by one, so a bad line is named)."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); check the path and "
                         "permissions") from None
