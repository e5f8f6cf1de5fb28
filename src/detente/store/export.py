"""Write `events()` rows as JSONL (as-is), or CSV / Parquet (flattened, one row per event)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from detente.errors import InputError

FORMATS = ("jsonl", "csv", "parquet")

# Flat columns for CSV and Parquet, in output order, with their Parquet types.
COLUMNS: list[tuple[str, pa.DataType]] = [
    ("article_id", pa.string()), ("published", pa.string()), ("publisher", pa.string()),
    ("url", pa.string()),
    ("id", pa.string()), ("type", pa.string()), ("mode", pa.string()), ("status", pa.string()),
    ("context", pa.string()), ("cameo", pa.string()), ("quad_class", pa.int64()),
    ("intensity", pa.float64()), ("confidence", pa.float64()), ("trigger", pa.string()),
    *[(f"{side}_{part}", pa.string()) for side in ("source", "target")
      for part in ("names", "countries", "sectors", "actor_ids")],
    ("date_value", pa.string()), ("date_earliest", pa.string()), ("date_latest", pa.string()),
    ("date_precision", pa.string()), ("date_text", pa.string()),
    ("location_name", pa.string()), ("location_country", pa.string()),
    ("evidence_sentence", pa.string()), ("evidence_start", pa.int64()), ("evidence_end", pa.int64()),
    ("response_by", pa.string()), ("response_status", pa.string()),
    ("links", pa.string()), ("mentions", pa.string()),
]
PARQUET_SCHEMA = pa.schema([pa.field(name, kind, nullable=True) for name, kind in COLUMNS])
FIELDNAMES = [name for name, _ in COLUMNS]


def check_format(fmt: str) -> str:
    """The export format, lower-cased, or InputError naming the value and the choices."""
    low = str(fmt).strip().lower()
    if low not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return low


def _join(values: list[Any]) -> str:
    """Semicolon-join, keeping empty slots so positions line up across the side columns."""
    return ";".join("" if v is None else str(v) for v in values)


def _side(refs: list[dict[str, Any]], side: str) -> dict[str, str]:
    """Flatten one side's actor list to four aligned, semicolon-joined columns."""
    return {f"{side}_names": _join([r.get("name") for r in refs]),
            f"{side}_countries": _join([r.get("country") for r in refs]),
            f"{side}_sectors": _join([r.get("sector") for r in refs]),
            f"{side}_actor_ids": _join([r.get("actor_id") for r in refs])}


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """One events() dict as a flat row with exactly the COLUMNS keys."""
    date, loc = row.get("date") or {}, row.get("location") or {}
    ev, resp = row.get("evidence") or {}, row.get("response") or {}
    flat = {name: row.get(name) for name in (
        "article_id", "published", "publisher", "url", "id", "type", "mode", "status", "cameo",
        "quad_class", "intensity", "confidence", "trigger")}
    flat.update(_side(row.get("source") or [], "source"), **_side(row.get("target") or [], "target"))
    flat.update(
        context=_join(row.get("context") or []),
        date_value=date.get("value"), date_earliest=date.get("earliest"),
        date_latest=date.get("latest"), date_precision=date.get("precision"), date_text=date.get("text"),
        location_name=loc.get("name"), location_country=loc.get("country"),
        evidence_sentence=ev.get("sentence"), evidence_start=ev.get("start"), evidence_end=ev.get("end"),
        response_by=resp.get("by"), response_status=resp.get("status"),
        links=_join([f"{x.get('relation')}:{x.get('event')}" for x in row.get("links") or []]),
        mentions=_join([f"{m.get('start')}-{m.get('end')}" for m in row.get("mentions") or []]),
    )
    return {name: flat.get(name) for name in FIELDNAMES}


def _check_dir(path: Path) -> None:
    """Fail early, with the fix, when the output's directory is missing or the path is a directory."""
    if path.is_dir():
        raise InputError(f"cannot write export to {path}: it is a directory; give a file path")
    if not path.parent.is_dir():
        raise InputError(f"cannot write export to {path}: directory {path.parent} does not exist; "
                         "create it first")


@contextlib.contextmanager
def _text_out(out: str | os.PathLike | IO[str]) -> Iterator[IO[str]]:
    """A text stream for `out`: stdout for '-', an opened file for a path, or the stream itself."""
    if isinstance(out, str) and out == "-":
        yield sys.stdout
    elif isinstance(out, (str, os.PathLike)):
        path = Path(out).expanduser()
        _check_dir(path)
        try:
            handle = open(path, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise InputError(f"cannot write export to {path}: {exc.strerror}; "
                             "choose a writable path") from exc
        with handle:
            yield handle
    else:
        yield out


def write_jsonl(rows: list[dict[str, Any]], out) -> int:
    """One JSON object per line: the events() dicts unchanged."""
    with _text_out(out) as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def write_csv(rows: list[dict[str, Any]], out) -> int:
    """Flattened rows with a header; lists are semicolon-joined."""
    with _text_out(out) as stream:
        writer = csv.DictWriter(stream, fieldnames=FIELDNAMES)
        writer.writeheader()
        writer.writerows(flatten(r) for r in rows)
    return len(rows)


def write_parquet(rows: list[dict[str, Any]], out) -> int:
    """Flattened rows as one Parquet table with the explicit PARQUET_SCHEMA."""
    if isinstance(out, str) and out == "-":
        raise InputError("cannot write parquet to stdout ('-'): give a file path, e.g. events.parquet")
    if isinstance(out, io.TextIOBase):
        raise InputError("cannot write parquet to a text stream: give a file path or a binary stream")
    table = pa.Table.from_pylist([flatten(r) for r in rows], schema=PARQUET_SCHEMA)
    if isinstance(out, (str, os.PathLike)):
        path = Path(out).expanduser()
        _check_dir(path)
        out = str(path)
    try:
        pq.write_table(table, out)
    except OSError as exc:
        raise InputError(f"cannot write export to {out}: {exc}; choose a writable path") from exc
    return len(rows)


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}


def export_rows(rows: list[dict[str, Any]], fmt: str, out) -> int:
    """Write `rows` in `fmt` to `out`; return the number of rows written."""
    return WRITERS[check_format(fmt)](rows, out)
