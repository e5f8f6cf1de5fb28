"""`SourceArticle`: one article as a source yields it, with its metadata and why it is not coded.

Every source (text files, HTML files and URLs, RSS/Atom feeds, corpora, stdin) yields these, so
`detente read`, `detente watch` and library callers treat them alike. An article that cannot be
read carries an `error` (one line, the fix included); one that is read but must not be coded (a
page in another language, a feed item with neither text nor link) carries a `skip_reason`, and is
recorded as skipped rather than coded.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from detente.errors import InputError

META_FIELDS = ("url", "publisher", "published", "title", "author", "language")


@dataclass
class SourceArticle:
    """An article with its metadata, or the reason it cannot be read (`error`) or coded (`skip_reason`).

    Attributes:
        text: the article's text (None when it could not be had).
        origin: where it came from, for messages: a path, a URL, ``feed.xml#3``, ``corpus.jsonl:7``.
        kind: the source kind: text, html, feed_item, corpus, stdin.
        url, publisher, published (YYYY-MM-DD), title, author, language (ISO 639-1, e.g. "en").
        skip_reason: why the article is recorded but not coded (e.g. another language).
        error: why the article could not be read at all (one line, naming the fix).
        feed_url, item_key: for feed items, the feed and the item's stable key (used by `watch`).
    """

    text: str | None
    origin: str
    kind: str = "text"
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    title: str | None = None
    author: str | None = None
    language: str | None = None
    skip_reason: str | None = None
    error: str | None = None
    feed_url: str | None = None
    item_key: str | None = None

    @property
    def ok(self) -> bool:
        """True when the article is to be coded (no error, no skip reason)."""
        return self.error is None and self.skip_reason is None

    @property
    def status(self) -> str:
        """failed | skipped | ok."""
        return "failed" if self.error is not None else "skipped" if self.skip_reason is not None else "ok"

    def with_defaults(self, defaults: dict[str, Any]) -> SourceArticle:
        """A copy whose missing metadata (None) is filled from `defaults` (e.g. command-line options)."""
        fill = {k: v for k, v in defaults.items() if k in META_FIELDS and v is not None
                and getattr(self, k) is None}
        return dataclasses.replace(self, **fill) if fill else self

    def read_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `Reader.read`: published, url, publisher, title."""
        return {"published": self.published, "url": self.url, "publisher": self.publisher,
                "title": self.title}


def failed(origin: str, message: str, kind: str = "text", **meta: Any) -> SourceArticle:
    """A SourceArticle that could not be read: `message` is the one-line reason."""
    return SourceArticle(text=None, origin=origin, kind=kind, error=" ".join(str(message).split()), **meta)


_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


def normalise_date(value: Any, what: str = "date") -> str | None:
    """A publication date as YYYY-MM-DD, from a date, a datetime, ISO 8601, RFC 822 or a plain date.

    Returns None for None or an empty value; raises InputError naming the value when it cannot be
    read as a date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    m = _ISO_DAY.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    else:
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        parsed = _dateparser(text)
        if parsed is not None:
            return parsed.date().isoformat()
    raise InputError(f"{what} {text!r} is not a date; use YYYY-MM-DD (e.g. 2025-08-28)")


def _dateparser(text: str) -> datetime | None:
    """Dates like '26-FEB-1987 15:01:01.79' or 'March 3, 2025' (dateparser, English, day required)."""
    if len(text) > 64 or not re.search(r"\d{4}", text):
        return None
    import dateparser
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DATES_FROM": "past"}
    try:
        return dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None


def struct_time_day(value: Any) -> str | None:
    """A feedparser time.struct_time (UTC) as YYYY-MM-DD, or None."""
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=timezone.utc).date().isoformat()
    except (TypeError, ValueError):
        return None


def host_of(url: str | None) -> str | None:
    """The URL's host without a leading 'www.', lower-cased: the publisher when the page names none."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def clean(value: Any) -> str | None:
    """A metadata value as one trimmed line, or None when empty or not text."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        parts = [clean(v) for v in value]
        value = "; ".join(p for p in parts if p)
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return None
    text = " ".join(str(value).split())
    return text or None
