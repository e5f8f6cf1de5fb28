"""RSS and Atom feeds (feedparser): the items, and for summary-only items the linked page.

`parse_feed(data)` turns a feed's bytes into a `Feed` (InputError when it is not a feed at all);
`item_article(item, feed, fetcher)` turns one item into a SourceArticle: the item's own full text
when the feed carries it (``content:encoded`` or Atom ``content``), otherwise the page its link
points to, fetched and extracted like any web page. Item metadata (title, date, author) wins over
the page's; the publisher is the page's og:site_name, else the feed's title, else the URL's host.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from detente.errors import InputError
from detente.sources.article import SourceArticle, clean, failed, host_of, struct_time_day
from detente.sources.html import fragment_text
from detente.sources.language import detect_language, skip_reason_for

FULL_TEXT_WORDS = 150  # item content with fewer words is a summary: the linked page is read instead
_TRUNCATED = re.compile(r"(\.\.\.|\u2026|\[\s*(?:\.\.\.|\u2026)\s*\]|read (?:more|the full)[^.]*)\s*$",
                        re.IGNORECASE)


@dataclass
class FeedItem:
    """One feed entry: a stable key, its link, metadata and whatever text the feed carries."""

    key: str
    guid: str | None
    link: str | None
    title: str | None
    published: str | None
    author: str | None
    content: str = ""   # full text from content:encoded / atom:content (plain text)
    summary: str = ""   # description / summary (plain text)
    position: int = 0


@dataclass
class Feed:
    """A parsed feed: its title, link, declared language and items, in feed order."""

    origin: str
    url: str | None
    title: str | None
    link: str | None
    language: str | None
    version: str
    items: list[FeedItem] = field(default_factory=list)
    warning: str | None = None  # feedparser read it despite a markup error


def item_key(guid: str | None, link: str | None, title: str | None, summary: str | None) -> str:
    """A stable key for an item: its guid, else its link, else its title and summary, hashed."""
    basis = guid or link or f"{title or ''}\n{summary or ''}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def _text_of(parts: Any) -> str:
    """Plain text of a feedparser content/summary value (HTML or text)."""
    if not parts:
        return ""
    if isinstance(parts, list):
        texts = [_text_of(p) for p in parts]
        return max(texts, key=len) if texts else ""
    value = parts.get("value", "") if isinstance(parts, dict) else str(parts)
    kind = parts.get("type", "text/html") if isinstance(parts, dict) else "text/html"
    return fragment_text(value) if "html" in kind or "<" in value else " ".join(value.split())


def looks_like_feed(head: bytes) -> bool:
    """The first bytes open an RSS, Atom or RDF document."""
    sample = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return bool(re.search(rb"<(?:rss|feed|rdf:rdf)\b", sample)) and not sample.startswith((b"<!doctype html",
                                                                                         b"<html"))


def parse_feed(data: bytes, *, origin: str, url: str | None = None) -> Feed:
    """Parse RSS/Atom bytes; InputError (one line) when they are not a feed."""
    import feedparser
    if not data.strip():
        raise InputError(f"{origin} is empty; not an RSS or Atom feed")
    # No base URL for feedparser: a non-URL <guid> must not become a "link" (it would, resolved
    # against the feed's address); relative <link>s are resolved below, by _absolute.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f" ({str(problem).splitlines()[0]})" if problem else ""
        raise InputError(f"{origin} is not an RSS or Atom feed{why}; check the address, or read "
                         "the page itself")
    info = parsed.get("feed", {})
    feed = Feed(origin=origin, url=url, title=clean(info.get("title")), link=clean(info.get("link")),
                language=clean(info.get("language")), version=version)
    if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
        feed.warning = str(parsed["bozo_exception"]).splitlines()[0]
    for n, entry in enumerate(parsed.entries, 1):
        content = _text_of(entry.get("content"))
        summary = _text_of(entry.get("summary_detail") or entry.get("summary"))
        link = clean(entry.get("link"))
        if entry.get("guidislink") and link and not re.match(r"^https?://", link, re.IGNORECASE):
            link = None  # an RSS <guid> that is not a URL, which feedparser offers as the link
        link = _absolute(link, url)
        guid = clean(entry.get("id"))
        title = clean(entry.get("title"))
        published = struct_time_day(entry.get("published_parsed") or entry.get("updated_parsed")
                                    or entry.get("created_parsed"))
        author = clean(entry.get("author")) or clean([a.get("name") for a in entry.get("authors", [])
                                                      if isinstance(a, dict)])
        feed.items.append(FeedItem(key=item_key(guid, link, title, summary), guid=guid, link=link,
                                   title=title, published=published, author=author, content=content,
                                   summary=summary, position=n))
    return feed


def _absolute(link: str | None, base: str | None) -> str | None:
    """An item link made absolute against the feed's URL; None for a relative link with no base.

    Links with another scheme (mailto:, javascript:...) are kept, so fetching them fails clearly.
    """
    if not link or re.match(r"^[a-z][a-z0-9+.-]*:", link, re.IGNORECASE):
        return link
    return urljoin(base, link) if base else None


def _is_full_text(text: str) -> bool:
    return len(text.split()) >= FULL_TEXT_WORDS and not _TRUNCATED.search(text)


def item_origin(feed: Feed, item: FeedItem) -> str:
    return item.link or f"{feed.origin}#{item.position}"


def item_article(item: FeedItem, feed: Feed, fetcher: Any = None) -> SourceArticle:
    """The item as an article: its full text from the feed, or its linked page fetched and extracted."""
    origin = item_origin(feed, item)
    base = {"kind": "feed_item", "feed_url": feed.url or feed.origin, "item_key": item.key}
    text = item.content if _is_full_text(item.content) else ""
    if not text and _is_full_text(item.summary):
        text = item.summary
    if text:
        language = detect_language(text, feed.language)
        art = SourceArticle(text=text, origin=origin, url=item.link, title=item.title,
                            published=item.published, author=item.author,
                            publisher=feed.title or host_of(item.link or feed.url),
                            language=language, skip_reason=skip_reason_for(language), **base)
        return art
    if not item.link:
        return SourceArticle(text=item.content or item.summary or None, origin=origin, title=item.title,
                             published=item.published, author=item.author, publisher=feed.title,
                             skip_reason="the feed gives only a summary and no link to the full "
                                         "article; not coded", **base)
    if fetcher is None:
        return failed(origin, "the feed gives only a summary; fetching the linked page needs a "
                      "fetcher", url=item.link, **base)
    from detente.sources.inputs import read_page
    try:
        page = fetcher.fetch(item.link)
        art = read_page(page, origin=origin, html_only=True, feed_language=feed.language)
    except InputError as exc:
        return failed(origin, f"the feed gives only a summary and the linked page could not be "
                      f"read: {exc}", url=item.link, **base)
    if art.error:
        return failed(origin, f"the feed gives only a summary and the linked page could not be "
                      f"read: {art.error}", url=item.link, **base)
    publisher = art.publisher
    if publisher == host_of(art.url) and feed.title:
        publisher = feed.title  # the page names no site: the feed's title is the better name
    art.kind, art.feed_url, art.item_key = "feed_item", base["feed_url"], item.key
    art.origin = origin
    art.url = item.link
    art.title = item.title or art.title
    art.published = item.published or art.published
    art.author = item.author or art.author
    art.publisher = publisher
    return art


def feed_articles(feed: Feed, fetcher: Any = None):
    """Each item of the feed as a SourceArticle, in feed order."""
    for item in feed.items:
        yield item_article(item, feed, fetcher)
