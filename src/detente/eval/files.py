"""Reading gold files as their original releases ship them, with errors that name the file and line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from detente.errors import EvalError

# Runs of characters that are UTF-8 bytes decoded as Mac Roman and saved again (e.g. "Äô" for "'").
_MOJIBAKE = re.compile(r"[\u0080-\uffff]{2,}")


def bad(path: Path | str, line: int | None, message: str) -> NoReturn:
    """Raise EvalError as `PATH:LINE: message` (or `PATH: message` without a line)."""
    where = f"{path}:{line}" if line is not None else str(path)
    raise EvalError(f"{where}: {message}")


def require_file(path: Path, what: str) -> Path:
    """The path, if it is a readable file; otherwise an EvalError saying what was expected."""
    if not path.exists():
        bad(path, None, f"no such file; expected {what}")
    if not path.is_file():
        bad(path, None, f"is a directory; expected {what}")
    return path


def require_dir(path: Path, what: str) -> Path:
    """The path, if it is a directory; otherwise an EvalError saying what was expected."""
    if not path.is_dir():
        bad(path, None, f"no such directory; expected {what}")
    return path


def _repair(run: str) -> str:
    try:
        return run.encode("mac_roman").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run


def read_text(path: Path) -> str:
    """A gold file's text: UTF-8, or else Windows-1252 with Mac Roman mojibake repaired.

    Newlines are kept as they are, so character offsets from the file stay valid.
    """
    data = path.read_bytes()
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return _MOJIBAKE.sub(lambda m: _repair(m.group(0)), text)


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


def json_records(path: Path, text: str | None = None) -> Iterator[tuple[int, int, Any]]:
    """The elements of a top-level JSON array: (line it starts on, 1-based position in the array, value).

    Files written on one line give every record line 1, so messages name the position too.
    """
    text = read_text(path) if text is None else text
    decoder = json.JSONDecoder()
    lines = _LineCounter(text)
    pos = _skip(text, 0)
    if pos >= len(text) or text[pos] != "[":
        bad(path, lines.at(pos), "expected a JSON array of records ('[' ...)")
    pos = _skip(text, pos + 1)
    if pos < len(text) and text[pos] == "]":
        return
    number = 0
    while True:
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            bad(path, exc.lineno, f"not valid JSON: {exc.msg} (column {exc.colno})")
        number += 1
        yield lines.at(pos), number, value
        pos = _skip(text, end)
        if pos < len(text) and text[pos] == ",":
            pos = _skip(text, pos + 1)
            continue
        if pos < len(text) and text[pos] == "]":
            return
        bad(path, lines.at(pos), "not valid JSON: expected ',' or ']' after a record")


class _LineCounter:
    """Line numbers of increasing offsets, counted incrementally (large files stay linear)."""

    def __init__(self, text: str):
        self.text, self.offset, self.line = text, 0, 1

    def at(self, offset: int) -> int:
        if offset < self.offset:
            self.offset, self.line = 0, 1
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos
