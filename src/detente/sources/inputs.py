"""One interface for every source: `iter_articles(spec, options)` yields SourceArticles.

A spec is what the user typed: ``-`` (stdin), an ``http(s)://`` URL, a directory, or a file. Its
kind is found from the URL scheme, the file extension, or the first bytes (content sniffing):

==========  =====================================  ======================================
kind        files                                  what is read
==========  =====================================  ======================================
text        .txt .text (and unknown, if text)      the whole file is one article
html        .html .htm .xhtml .shtml                the page's main text and metadata
feed        .xml .rss .atom .rdf                    every item (summary-only: linked page)
jsonl       .jsonl .ndjson .jsonlines               one article per line
json        .json                                   an array of article objects
csv / tsv   .csv / .tsv .tab                        one article per row
==========  =====================================  ======================================

URLs are fetched (`http.Fetcher`) and read by their Content-Type and first bytes: a page, a
feed, plain text or a corpus. Directories are walked (sorted, hidden files and sidecar JSON
skipped) and each file read by its kind. Nothing here raises for a bad input: a failure is a
SourceArticle with `error` set, and the next input is read.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from detente.errors import InputError
from detente.sources.article import SourceArticle, failed, host_of
from detente.sources.corpus import Fields, iter_csv, iter_json, iter_jsonl, open_corpus
from detente.sources.feeds import feed_articles, looks_like_feed, parse_feed
from detente.sources.html import extract_html
from detente.sources.http import DEFAULT_TIMEOUT, Fetcher, FetchError, Page, check_scheme, decode_page
from detente.sources.language import detect_language, skip_reason_for
from detente.sources.text import MAX_BYTES, decode_bytes, load_stdin, load_text_file

STDIN = "-"
KINDS = ("text", "html", "feed", "jsonl", "json", "csv", "tsv")
EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".json": "json", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
}
MEDIA_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed", "application/feed+xml": "feed",
    "text/plain": "text", "application/json": "json", "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl", "application/jsonlines": "jsonl", "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_OTHER_SCHEMES = ("file", "ftp", "ftps", "data", "javascript", "gopher", "mailto", "ssh", "sftp", "ws",
                  "wss", "dict", "ldap", "tftp", "smb", "feed", "about", "jar")


@dataclass
class SourceOptions:
    """How to read sources: corpus field names, a forced kind, and the HTTP settings.

    Attributes:
        fields: corpus field names (``--text-field`` etc.); None fields are guessed.
        kind: read every local input (and stdin) as this kind instead of detecting it.
        allow_private: let URLs reach private/loopback/link-local addresses (``--allow-private-urls``).
        timeout: seconds allowed for one URL (``--timeout``).
        max_bytes: largest page or file read (``--max-size``).
        fetcher: a ready Fetcher (tests, or to share one); made from the settings above when None.
    """

    fields: Fields = field(default_factory=Fields)
    kind: str | None = None
    allow_private: bool = False
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = MAX_BYTES
    fetcher: Fetcher | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise InputError(f"unknown kind {self.kind!r}: choose one of {', '.join(KINDS)}")

    def get_fetcher(self) -> Fetcher:
        if self.fetcher is None:
            self.fetcher = Fetcher(timeout=self.timeout, max_bytes=self.max_bytes,
                                   allow_private=self.allow_private)
        return self.fetcher


# -- detecting the kind ------------------------------------------------------------------------

def sniff(head: bytes) -> str:
    """The kind that a file's first bytes suggest: feed, html, jsonl, json or text."""
    sample = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    low = sample[:1024].lower()
    if looks_like_feed(sample):
        return "feed"
    if low.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<!--")) or \
            re.search(rb"<(html|body|article|p|div)\b", low[:512]):
        return "html"
    if sample.startswith(b"{"):
        first = sample.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
        return "json"
    if sample.startswith(b"["):
        return "json"
    return "text"


def detect_kind(spec: str, forced: str | None = None) -> str:
    """stdin, url, dir, or a file kind (see KINDS) for what the user typed; InputError for a bad scheme."""
    if spec == STDIN:
        return "stdin"
    m = _SCHEME.match(spec)
    if m and len(m.group(1)) > 1:  # a one-letter "scheme" is a Windows drive (C:\...)
        scheme = m.group(1).lower()
        if scheme in ("http", "https"):
            return "url"
        if "://" in spec or scheme in _OTHER_SCHEMES:
            raise InputError(f"only http:// and https:// URLs are read, not {scheme}:; give a web "
                             "address or a local file path")
    path = Path(spec)
    if path.is_dir():
        return "dir"
    if forced:
        return forced
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind:
        return kind
    try:
        with open(path, "rb") as fh:
            return sniff(fh.read(4096))
    except OSError:
        return "text"  # let the text loader give its usual message (missing, unreadable...)


def page_kind(page: Page) -> str | None:
    """The kind of a fetched resource from its media type and first bytes; None when unsupported."""
    by_type = MEDIA_TYPES.get(page.content_type)
    sniffed = sniff(page.body[:4096])
    if sniffed == "feed":
        return "feed"
    if by_type == "feed" and sniffed == "html":
        return "html"
    if by_type:
        return by_type
    if not page.content_type or page.content_type in ("application/octet-stream", "binary/octet-stream"):
        return sniffed if sniffed in ("html", "feed") else "text"
    return None


# -- reading -----------------------------------------------------------------------------------

def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """A file's bytes, with the same one-line errors as text files (missing, directory, too large)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); check the path") from None
    if size > max_bytes:
        raise InputError(f"{path} is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.1f} MB "
                         "limit; give a single page (or raise --max-size)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); check the permissions") from None
    if not data.strip():
        raise InputError(f"{path} is empty; give a file that contains an article")
    return data


def text_article(text: str, origin: str, kind: str = "text", url: str | None = None,
                 hint: str | None = None) -> SourceArticle:
    """A plain-text article with its language checked."""
    language = detect_language(text, hint)
    return SourceArticle(text=text, origin=origin, kind=kind, url=url, publisher=host_of(url),
                         language=language, skip_reason=skip_reason_for(language))


def read_page(page: Page, *, origin: str, html_only: bool = False,
              feed_language: str | None = None) -> SourceArticle:
    """A fetched page (HTML or plain text) as a SourceArticle."""
    kind = page_kind(page)
    if kind == "text":
        from detente.sources.text import check_text
        return text_article(check_text(page.text()), origin, kind="html", url=page.url,
                            hint=page.content_language or feed_language)
    if kind != "html" and (html_only or kind is None):
        shown = page.content_type or "of no stated type"
        return failed(origin, f"is {shown}, not a web page; give the address of an article page",
                      kind="html", url=page.url)
    return extract_html(page.text(), origin=origin, url=page.url,
                        language_header=page.content_language or feed_language)


def _url_articles(url: str, options: SourceOptions) -> Iterator[SourceArticle]:
    fetcher = options.get_fetcher()
    page = fetcher.fetch(url)
    kind = page_kind(page)
    if kind == "feed":
        yield from feed_articles(parse_feed(page.body, origin=url, url=page.url), fetcher)
    elif kind in ("html", "text"):
        art = read_page(page, origin=url)
        yield art
    elif kind in ("jsonl", "json", "csv", "tsv"):
        yield from _corpus(io.StringIO(page.text()), url, kind, options.fields)
    else:
        yield failed(url, f"is {page.content_type}, not a web page, feed, text or corpus; give the "
                     "address of an article page or a feed", kind="html")


def _corpus(stream, label: str, kind: str, fields: Fields) -> Iterator[SourceArticle]:
    if kind == "jsonl":
        yield from iter_jsonl(stream, label, fields)
    elif kind == "json":
        data = stream.read()
        if isinstance(data, bytes):
            data = decode_bytes(data, label)
        yield from iter_json(data, label, fields)
    else:
        yield from iter_csv(stream, label, fields, "\t" if kind == "tsv" else ",")


def _file_articles(path: Path, kind: str, options: SourceOptions) -> Iterator[SourceArticle]:
    label = str(path)
    if kind == "text":
        yield text_article(load_text_file(path, max_bytes=options.max_bytes), label)
    elif kind == "html":
        data = read_file_bytes(path, options.max_bytes)
        yield extract_html(decode_page(data, None, label), origin=label)
    elif kind == "feed":
        data = read_file_bytes(path, options.max_bytes)
        yield from feed_articles(parse_feed(data, origin=label), options.get_fetcher())
    else:
        if not path.is_file():
            load_text_file(path)  # raises the usual "no such file" / "is a directory" error
        with open_corpus(path) as stream:
            yield from _corpus(stream, label, kind, options.fields)


def _is_sidecar(path: Path) -> bool:
    """NN-slug.expected.json / NN-slug.json beside NN-slug.txt hold metadata, not articles."""
    name = path.name.lower()
    if name.endswith(".expected.json"):
        return True
    return path.suffix.lower() == ".json" and path.with_suffix(".txt").exists()


def walk_dir(root: Path) -> Iterator[Path]:
    """Readable files under `root`, sorted, skipping hidden names and sidecar JSON."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in EXTENSIONS or _is_sidecar(path):
                continue
            yield path


def _dir_articles(root: Path, options: SourceOptions) -> Iterator[SourceArticle]:
    found = False
    for path in walk_dir(root):
        found = True
        yield from iter_articles(str(path), options)
    if not found:
        yield failed(str(root), "holds no readable files (.txt, .html, .xml, .rss, .atom, .jsonl, "
                     ".json, .csv, .tsv); give a directory of articles")


def _stdin_articles(options: SourceOptions, stream: BinaryIO | None) -> Iterator[SourceArticle]:
    stream = stream if stream is not None else sys.stdin.buffer
    label = "<stdin>"
    if options.kind in ("jsonl", "csv", "tsv"):
        yield from _corpus(stream, label, options.kind, options.fields)
        return
    data = stream.read(options.max_bytes + 1)
    kind = options.kind or sniff(data[:4096])
    if kind == "text" or len(data) > options.max_bytes or not data.strip():
        text = load_stdin(max_bytes=options.max_bytes, stream=io.BytesIO(data))
        yield text_article(text, label, kind="stdin")
    elif kind == "html":
        yield extract_html(decode_page(data, None, "standard input"), origin=label, kind="stdin")
    elif kind == "feed":
        yield from feed_articles(parse_feed(data, origin="standard input"), options.get_fetcher())
    else:
        yield from _corpus(io.StringIO(decode_bytes(data, "standard input")), label, kind, options.fields)


def iter_articles(spec: str, options: SourceOptions | None = None, *,
                  stdin: BinaryIO | None = None) -> Iterator[SourceArticle]:
    """Every article in one input (file, directory, URL, or '-' for stdin), in order.

    Never raises for a bad input: what cannot be read comes out as a SourceArticle with `error`
    set (one line, naming the fix), and the caller goes on with the next one.
    """
    options = options or SourceOptions()
    origin = "<stdin>" if spec == STDIN else spec
    try:
        kind = detect_kind(spec, options.kind)
        if kind == "stdin":
            yield from _stdin_articles(options, stdin)
        elif kind == "url":
            check_scheme(spec)
            yield from _url_articles(spec, options)
        elif kind == "dir":
            yield from _dir_articles(Path(spec), options)
        else:
            yield from _file_articles(Path(spec), kind, options)
    except FetchError as exc:
        yield failed(origin, str(exc), kind="html", url=spec)
    except InputError as exc:
        yield failed(origin, _without(origin, str(exc)))
    except (MemoryError, RecursionError) as exc:
        yield failed(origin, f"too large or too deeply nested to read ({type(exc).__name__})")
    except Exception as exc:  # a library failing on odd input: one error, and the batch goes on
        yield failed(origin, f"could not be read: unexpected {type(exc).__name__} ({exc}); "
                     "please report it with the input")


def _without(origin: str, message: str) -> str:
    """The message without a leading repeat of the origin (the caller prints `origin: message`)."""
    return message[len(origin):].lstrip(": ") if message.startswith(origin) else message
