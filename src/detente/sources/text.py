"""Reading an article's text from a file, stdin or a string, with one-line errors that say the fix.

Decoding order for bytes: UTF-32/UTF-16 when a BOM says so, UTF-8 (with or without BOM), cp1252,
then latin-1 only if the result reads like text. Newlines become "\\n"; nothing else is changed, so
character offsets into the returned string are offsets into the article as read.
"""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path
from typing import BinaryIO

from detente.errors import InputError

MAX_BYTES = 5 * 1024 * 1024  # largest file read; checked with stat before reading
MAX_CHARS = 1_000_000        # longest text accepted (spaCy's default max_length)

MAGIC = (  # leading bytes -> what the file looks like
    (b"%PDF-", "a PDF document", "extract the text first (e.g. `pdftotext file.pdf`)"),
    (b"PK\x03\x04", "a ZIP archive (.zip/.docx/.epub)", "save the article as plain text (.txt)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "give the article's text, not an image"),
    (b"\xff\xd8\xff", "a JPEG image", "give the article's text, not an image"),
    (b"GIF87a", "a GIF image", "give the article's text, not an image"),
    (b"GIF89a", "a GIF image", "give the article's text, not an image"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first (e.g. `gunzip`)"),
)
BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c")
MAX_CONTROL_SHARE = 0.05   # share of C0 control bytes above which a file counts as binary
MAX_NONASCII_SHARE = 0.3   # for 8-bit fallbacks: more non-ASCII than this reads as mojibake


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    bad = sum(1 for b in sample if (b < 32 and b not in _TEXT_CONTROLS) or b == 127)
    return bad / max(len(sample), 1)


def _binary_reason(data: bytes) -> str | None:
    """Why `data` is not text ("looks like a PDF document; ...") or None."""
    for magic, what, fix in MAGIC:
        if data.startswith(magic):
            return f"looks like {what}, not plain text; {fix}"
    if b"\x00" in data:
        return "looks like a binary file (it contains NUL bytes); save the article as UTF-8 plain text"
    if _control_share(data) > MAX_CONTROL_SHARE:
        return "looks like a binary file (many control characters); save the article as UTF-8 plain text"
    return None


def _plausible(text: str) -> bool:
    """An 8-bit decoding reads like text: few C1 controls, mostly ASCII among visible characters."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return True
    c1 = sum(1 for c in visible if "\x80" <= c <= "\x9f")
    nonascii = sum(1 for c in visible if ord(c) > 127)
    return c1 / len(visible) <= 0.01 and nonascii / len(visible) <= MAX_NONASCII_SHARE


def decode_bytes(data: bytes, origin: str = "input") -> str:
    """Decode an article's bytes (see module doc for the order); newlines normalised to "\\n"."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return _normalise_newlines(data.decode(codec).lstrip("\ufeff"))
            except UnicodeDecodeError:
                raise InputError(f"{origin} starts with a {codec.upper()} byte-order mark but does not "
                                 f"decode as {codec.upper()}; re-save it as UTF-8") from None
    reason = _binary_reason(data)
    if reason:
        raise InputError(f"{origin} {reason}")
    try:
        return _normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return _normalise_newlines(text)
    raise InputError(f"{origin} is not UTF-8, UTF-16, cp1252 or latin-1 text; re-save it as UTF-8")


def _validate(text: str, origin: str, max_chars: int) -> str:
    if not text.strip():
        what = "empty" if not text else "only whitespace"
        raise InputError(f"{origin} is {what}; give the article's text")
    if "\x00" in text:
        raise InputError(f"{origin} contains NUL characters; give plain text, not binary data")
    if len(text) > max_chars:
        raise InputError(f"{origin} has {len(text):,} characters, over the limit of {max_chars:,}; "
                         f"split it into single articles")
    return text


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def load_text_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES, max_chars: int = MAX_CHARS) -> str:
    """Read one article from a text file.

    Raises InputError (one line, naming the file and the fix) when the file is missing, unreadable,
    a directory, empty, binary (PDF, ZIP, images, gzip, NUL bytes...), larger than `max_bytes`
    (checked with stat, before reading) or undecodable.
    """
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file; check the path") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc}); check the path and permissions") from None
    if p.is_dir():
        raise InputError(f"{p} is a directory; give the path of an article text file")
    if info.st_size > max_bytes:
        raise InputError(f"{p} is {_mb(info.st_size)}, over the {_mb(max_bytes)} limit; "
                         f"give a single article (or raise max_bytes)")
    try:
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc}); check the file permissions") from None
    if len(data) > max_bytes:  # grew since stat, or a device/pipe
        raise InputError(f"{p} is over the {_mb(max_bytes)} limit; give a single article")
    if not data:
        raise InputError(f"{p} is empty; give a file that contains the article's text")
    return _validate(decode_bytes(data, str(p)), str(p), max_chars)


def load_stdin(max_bytes: int = MAX_BYTES, max_chars: int = MAX_CHARS, stream: BinaryIO | None = None) -> str:
    """Read one article from standard input (bytes; decoded like a file). Same errors as files."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"standard input is over the {_mb(max_bytes)} limit; pipe in a single article")
    if not data:
        raise InputError("standard input is empty; pipe in an article's text or give a file path")
    return _validate(decode_bytes(data, "standard input"), "standard input", max_chars)


def check_text(text: str, max_chars: int = MAX_CHARS) -> str:
    """Validate an article text given directly and return it ready for reading.

    A leading BOM is stripped and "\\r\\n" (or a lone "\\r") becomes "\\n"; nothing else is
    changed. Raises InputError for non-strings, empty or whitespace-only text, NUL characters
    and texts longer than `max_chars`.
    """
    if isinstance(text, (bytes, bytearray)):
        raise InputError("text is bytes, not str; decode it first or use load_text_file()")
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}; pass the article's text")
    return _validate(_normalise_newlines(text.removeprefix("\ufeff")), "text", max_chars)
