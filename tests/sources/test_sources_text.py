"""Loading and checking article text: decoding, newlines, and one-line errors that name the fix."""

import codecs
import io
import os

import pytest

from detente.errors import InputError
from detente.sources import text as text_mod
from detente.sources.text import MAX_BYTES, check_text, decode_bytes, load_stdin, load_text_file

ARTICLE = ("Ministers Agree To Resume Border Talks\n"
           "The foreign ministers of Arcadia and Borduria agreed on Monday to reopen talks "
           "on their disputed border, officials said.\n"
           "A first round is planned for mid-October in Geneva.\n")


@pytest.fixture
def write(tmp_path):
    def _write(data: bytes, name: str = "article.txt"):
        path = tmp_path / name
        path.write_bytes(data)
        return path
    return _write


def _one_line_error(exc_info, *words):
    message = str(exc_info.value)
    assert "\n" not in message
    for word in words:
        assert word.lower() in message.lower(), message


# --- decoding -----------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    ARTICLE.encode("utf-8"),
    codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    ARTICLE.encode("utf-16"),                       # BOM + little-endian
    codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    ARTICLE.encode("utf-32"),
])
def test_unicode_encodings(write, data):
    assert load_text_file(write(data)) == ARTICLE


def test_non_ascii_utf8(write):
    text = "Le ministre a déclaré « nous négocierons » — Zürich, São Paulo, Kraków.\n"
    assert load_text_file(write(text.encode("utf-8"))) == text


def test_cp1252_smart_quotes(write):
    text = "The envoy said \u201cwe are ready\u201d \u2013 and the minister\u2019s office agreed.\n"
    assert load_text_file(write(text.encode("cp1252"))) == text


def test_latin1_when_plausible(write):
    # one stray 0x81 (undefined in cp1252) in otherwise ordinary latin-1 text
    body = "Caf\u00e9 talks in Montr\u00e9al resumed after a long pause, the delegations said. " * 3
    data = body.encode("latin-1") + b"\x81\n"
    assert load_text_file(write(data)) == body + "\x81\n"


def test_latin1_implausible_is_rejected(write):
    data = bytes(range(0x80, 0x100)) * 40  # high bytes only, no text in sight
    with pytest.raises(InputError) as exc:
        load_text_file(write(data))
    _one_line_error(exc, "article.txt", "UTF-8")


@pytest.mark.parametrize("raw, expected", [
    (b"one\r\ntwo\r\n", "one\ntwo\n"),
    (b"one\rtwo\r", "one\ntwo\n"),
    (b"one\ntwo", "one\ntwo"),
])
def test_newlines_normalised(write, raw, expected):
    assert load_text_file(write(raw)) == expected


# --- file errors --------------------------------------------------------------------------------

def test_missing_file(tmp_path):
    with pytest.raises(InputError) as exc:
        load_text_file(tmp_path / "nope.txt")
    _one_line_error(exc, "nope.txt", "no such file", "path")


def test_directory(tmp_path):
    with pytest.raises(InputError) as exc:
        load_text_file(tmp_path)
    _one_line_error(exc, str(tmp_path), "directory")


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads anything")
def test_unreadable(write):
    path = write(ARTICLE.encode())
    path.chmod(0)
    with pytest.raises(InputError) as exc:
        load_text_file(path)
    _one_line_error(exc, "article.txt", "permission")


@pytest.mark.parametrize("data, word", [(b"", "empty"), (b"  \n\t\r\n  ", "whitespace")])
def test_empty_or_blank(write, data, word):
    with pytest.raises(InputError) as exc:
        load_text_file(write(data))
    _one_line_error(exc, "article.txt", word)


@pytest.mark.parametrize("data, what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
])
def test_binary_magic_named(write, data, what):
    with pytest.raises(InputError) as exc:
        load_text_file(write(data, "scan.bin"))
    _one_line_error(exc, "scan.bin", what)


def test_nul_bytes(write):
    with pytest.raises(InputError) as exc:
        load_text_file(write(b"some text\x00\x01\x02 more"))
    _one_line_error(exc, "binary", "NUL")


def test_control_characters(write):
    with pytest.raises(InputError) as exc:
        load_text_file(write(bytes([1, 2, 3, 4, 5, 6, 65, 66]) * 100))
    _one_line_error(exc, "binary", "control")


def test_a_few_control_characters_are_tolerated(write):
    data = ARTICLE.encode() + b"\x0c\x1b"
    assert load_text_file(write(data)).startswith("Ministers")


def test_too_large_is_never_read(write, monkeypatch):
    path = write(b"x" * 2000)
    opened = []
    monkeypatch.setattr(type(path), "open", lambda self, *a, **k: opened.append(self))
    with pytest.raises(InputError) as exc:
        load_text_file(path, max_bytes=1000)
    _one_line_error(exc, "article.txt", "limit")
    assert not opened


def test_sparse_50mb_file_rejected_by_stat(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: takes no disk space
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError) as exc:
        load_text_file(path)
    _one_line_error(exc, "huge.txt", "50.0 MB", "5.0 MB")


def test_default_limit_is_5mb():
    assert MAX_BYTES == 5 * 1024 * 1024


def test_too_many_characters(write):
    with pytest.raises(InputError) as exc:
        load_text_file(write(b"word " * 300), max_chars=1000)
    _one_line_error(exc, "article.txt", "1,000")


# --- stdin --------------------------------------------------------------------------------------

def test_stdin_stream():
    assert load_stdin(stream=io.BytesIO(b"\xef\xbb\xbfTalks resumed.\r\n")) == "Talks resumed.\n"


def test_stdin_default_is_sys_stdin_buffer(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO("Talks resumed.\n".encode("utf-16")))
    monkeypatch.setattr(text_mod.sys, "stdin", fake)
    assert load_stdin() == "Talks resumed.\n"


@pytest.mark.parametrize("data, word", [(b"", "empty"), (b"%PDF-1.4", "PDF"), (b"x" * 11, "limit")])
def test_stdin_errors(data, word):
    with pytest.raises(InputError) as exc:
        load_stdin(max_bytes=10, stream=io.BytesIO(data))
    _one_line_error(exc, "standard input", word)


def test_decode_bytes_names_origin():
    with pytest.raises(InputError, match="upload.txt"):
        decode_bytes(b"\x00\x00abc", "upload.txt")


# --- check_text ---------------------------------------------------------------------------------

def test_check_text_returns_text_unchanged():
    text = "  Talks\tresumed  on Monday.  \n\nMore  text.  "
    assert check_text(text) == text


def test_check_text_strips_bom_and_crlf_only():
    assert check_text("\ufeffOne.\r\nTwo.\rThree.") == "One.\nTwo.\nThree."


def test_check_text_keeps_offsets():
    text = "Arcadia and Borduria met in Geneva."
    out = check_text(text)
    assert out[out.index("Geneva"):out.index("Geneva") + 6] == "Geneva"
    assert out.index("Geneva") == text.index("Geneva")


@pytest.mark.parametrize("value, word", [
    ("", "empty"), (" \n\t ", "whitespace"), ("bad\x00text", "NUL"),
    (b"bytes", "bytes"), (None, "str"), (42, "str"),
])
def test_check_text_errors(value, word):
    with pytest.raises(InputError) as exc:
        check_text(value)
    _one_line_error(exc, word)


def test_check_text_too_long():
    with pytest.raises(InputError) as exc:
        check_text("a" * 101, max_chars=100)
    _one_line_error(exc, "101", "100")


def test_input_error_is_value_error():
    with pytest.raises(ValueError):
        check_text("")
