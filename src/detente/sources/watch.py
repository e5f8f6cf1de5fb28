"""Polling feeds: read new items only, remember what was seen in the database, log one line per poll.

`poll_feed` fetches one feed (a conditional GET with the ETag / Last-Modified of the last complete
poll), reads the items not seen before (oldest first, so the first copy of a story stays the
canonical one) and records each item's outcome in ``feed_items``:

- ``read`` and ``skipped`` items are never read again, across restarts;
- a ``failed`` item (its page timed out, say) is tried again at the next poll, up to
  `MAX_ATTEMPTS` polls, then marked ``gave_up``; while any item failed the feed's ETag is not
  kept, so the next poll sees the full feed again and nothing is lost.

`watch` runs the polls every `every` seconds (or once) and calls `log` with one `PollResult` per
feed and poll.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from detente.errors import DetenteError, InputError
from detente.sources.article import SourceArticle

MIN_EVERY = 30.0  # seconds: polling more often than this is impolite to the outlets


@dataclass
class PollResult:
    """One poll of one feed: counts of new (read), skipped, failed and already-seen items."""

    time: str
    feed: str
    new: int = 0
    skipped: int = 0
    failed: int = 0
    seen: int = 0
    error: str | None = None          # the feed itself could not be fetched or parsed
    not_modified: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)  # (item origin, message)

    def line(self) -> str:
        """The log line: time, feed, new, skipped, failed (and seen)."""
        text = (f"{self.time} {self.feed} new={self.new} skipped={self.skipped} failed={self.failed} "
                f"seen={self.seen}")
        if self.not_modified:
            text += " (not modified)"
        if self.error:
            text += f" (feed failed: {self.error})"
        return text

    def as_dict(self) -> dict[str, Any]:
        return {"time": self.time, "feed": self.feed, "new": self.new, "skipped": self.skipped,
                "failed": self.failed, "seen": self.seen, "not_modified": self.not_modified,
                "error": self.error}


def parse_every(text: str | float | int) -> float:
    """'15m', '30s', '1h', '1h30m', '90' (seconds) -> seconds; InputError below MIN_EVERY or malformed."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        seconds = float(text)
    else:
        raw = str(text).strip().lower()
        parts = re.fullmatch(r"(?:(\d+(?:\.\d+)?)h)?\s*(?:(\d+(?:\.\d+)?)m)?\s*(?:(\d+(?:\.\d+)?)s?)?", raw)
        if not raw or not parts or not any(parts.groups()):
            raise InputError(f"bad --every value {text!r}: use e.g. 15m, 30s, 1h or 1h30m")
        h, m, s = (float(g) if g else 0.0 for g in parts.groups())
        seconds = h * 3600 + m * 60 + s
    if seconds < MIN_EVERY:
        raise InputError(f"--every {text} is too often: poll at most every {MIN_EVERY:g} s, to be "
                         "polite to the outlets (e.g. --every 15m)")
    return seconds


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def poll_feed(store: Any, url: str, ingest: Any, fetcher: Any,
              on_article: Callable[[Any], None] | None = None) -> PollResult:
    """Poll one feed once: read its unseen items into `store` through `ingest` (an `Ingest`)."""
    from detente.sources.feeds import item_article, parse_feed
    from detente.store import sources_tables as tables
    result = PollResult(time=_now(), feed=url)
    state = tables.feed_state(store, url)
    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    try:
        page = fetcher.fetch(url, headers=headers)
        if page.status == 304:
            result.not_modified = True
            tables.update_feed(store, url, last_status="not modified")
            return result
        feed = parse_feed(page.body, origin=url, url=page.url)
    except InputError as exc:
        message = " ".join(str(exc).split())
        result.error = message[len(url):].lstrip(": ") if message.startswith(url) else message
        result.failed = 1
        tables.update_feed(store, url, last_status=f"failed: {result.error}"[:500])
        return result
    seen = tables.seen_items(store, url)
    for item in reversed(feed.items):  # feeds list the newest first: read the oldest first
        status, _attempts = seen.get(item.key, (None, 0))
        if status in tables.ITEM_DONE:
            result.seen += 1
            continue
        art: SourceArticle = item_article(item, feed, fetcher)
        art.feed_url = url
        outcome = ingest.process(art)
        if on_article is not None:
            on_article(outcome)
        article_id = outcome.readout.article.id if outcome.status == "read" else None
        marked = outcome.article if outcome.status != "failed" else _with_error(art, outcome.error)
        try:
            tables.mark_item(store, url, marked, outcome.status, article_id)
        except DetenteError as exc:
            result.errors.append((art.origin, str(exc)))
            result.failed += 1
            continue
        if outcome.status == "read":
            result.new += 1
        elif outcome.status == "skipped":
            result.skipped += 1
        else:
            result.failed += 1
            result.errors.append((art.origin, outcome.error or "failed"))
    complete = result.failed == 0
    tables.update_feed(store, url, title=feed.title,
                       etag=page.headers.get("etag") if complete else None,
                       last_modified=page.headers.get("last-modified") if complete else None,
                       last_status="ok" if complete else f"{result.failed} items failed")
    return result


def _with_error(art: SourceArticle, error: str | None) -> SourceArticle:
    import dataclasses
    return dataclasses.replace(art, error=error or art.error)


def watch(store: Any, feeds: list[str], *, every: float, once: bool, ingest: Any, fetcher: Any,
          log: Callable[[PollResult], None], sleep: Callable[[float], None] = time.sleep,
          polls: int | None = None, on_article: Callable[[Any], None] | None = None) -> list[PollResult]:
    """Poll every feed, then wait `every` seconds and poll again (just once with `once`).

    `polls` bounds the number of rounds (for tests); returns the results of the last round.
    """
    rounds = 0
    while True:
        started = time.monotonic()
        results = []
        for url in feeds:
            result = poll_feed(store, url, ingest, fetcher, on_article=on_article)
            log(result)
            results.append(result)
        rounds += 1
        if once or (polls is not None and rounds >= polls):
            return results
        sleep(max(0.0, every - (time.monotonic() - started)))
