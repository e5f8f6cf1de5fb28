"""Turn a Readout into table rows (plain dicts), one function per table."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from detente.records import Event, Readout

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def day_first(value: str | None) -> str | None:
    """First ISO day of a possibly partial date ('2025-08' -> '2025-08-01'), so ranges compare as text."""
    m = _ISO.match(value or "")
    if not m:
        return value
    year, month, day = m.groups()
    return f"{year}-{month or '01'}-{day or '01'}"


def day_last(value: str | None) -> str | None:
    """Last ISO day of a possibly partial date ('2025-02' -> '2025-02-28'), so ranges compare as text."""
    m = _ISO.match(value or "")
    if not m:
        return value
    year, month, day = m.groups()
    if day:
        return f"{year}-{month}-{day}"
    month = month or "12"
    last = calendar.monthrange(int(year), int(month))[1] if 1 <= int(month) <= 12 else 31
    return f"{year}-{month}-{last:02d}"


def event_span(event: Event) -> tuple[str | None, str | None]:
    """(first day, last day) of an event's date; an open range is treated as a point."""
    if event.date is None:
        return None, None
    first, last = event.date.first, event.date.last
    first, last = first or last, last or first
    return day_first(first), day_last(last)


def article_row(readout: Readout) -> dict[str, Any]:
    """The articles row: metadata, text, and the readout JSON (without the text, stored once)."""
    art = readout.article
    return {
        "id": art.id, "url": art.url, "publisher": art.publisher, "published": art.published,
        "title": art.title, "language": art.language, "ai_assisted": bool(art.ai_assisted),
        "cited_sources": list(art.cited_sources), "text": art.text or "",
        "readout": readout.as_dict(), "read_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def actor_rows(readout: Readout) -> list[dict[str, Any]]:
    """One row per resolved actor of the article."""
    return [{"article_id": readout.article.id, "position": i, "actor_id": a.id, "name": a.name,
             "country": a.country, "sector": a.sector, "role": a.role}
            for i, a in enumerate(readout.actors)]


def event_rows(readout: Readout, keys: list[str]) -> list[dict[str, Any]]:
    """One row per event; `keys` are the storage ids chosen for each event (see Store._event_keys)."""
    rows = []
    for i, (key, ev) in enumerate(zip(keys, readout.events, strict=True)):
        first, last = event_span(ev)
        rows.append({
            "id": key, "article_id": readout.article.id, "position": i, "type": ev.type,
            "mode": ev.mode, "status": ev.status, "cameo": ev.cameo, "quad_class": ev.quad_class,
            "intensity": ev.intensity, "confidence": ev.confidence,
            "date_first": first, "date_last": last,
            "location_country": ev.location.country if ev.location else None,
            "evidence_start": ev.evidence.start, "evidence_end": ev.evidence.end,
            "body": ev.as_dict(),
        })
    return rows


def event_actor_rows(readout: Readout, keys: list[str]) -> list[dict[str, Any]]:
    """One row per (event, side, actor), for the dyad and actor filters."""
    rows = []
    for key, ev in zip(keys, readout.events, strict=True):
        for side, refs in (("source", ev.source), ("target", ev.target)):
            rows.extend({"event_id": key, "side": side, "position": i, "name": r.name,
                         "country": r.country.upper() if r.country else None,
                         "sector": r.sector, "actor_id": r.actor_id}
                        for i, r in enumerate(refs))
    return rows


def event_mention_rows(readout: Readout, keys: list[str]) -> list[dict[str, Any]]:
    """One row per (event, other sentence that tells it), in the order of Event.mentions."""
    return [{"event_id": key, "position": i, "sentence": m.sentence, "start": m.start, "end": m.end}
            for key, ev in zip(keys, readout.events, strict=True) for i, m in enumerate(ev.mentions)]


def statement_rows(readout: Readout) -> list[dict[str, Any]]:
    """One row per statement, with the full statement JSON in `body`."""
    return [{"article_id": readout.article.id, "position": i,
             "speaker": s.speaker.name if s.speaker else None, "quote": s.quote,
             "stance": s.stance, "body": s.as_dict()}
            for i, s in enumerate(readout.statements)]


def counterpart_rows(readout: Readout) -> list[dict[str, Any]]:
    """One row per counterpart question, as JSON."""
    return [{"article_id": readout.article.id, "position": i, "body": c.as_dict()}
            for i, c in enumerate(readout.counterparts)]


def event_keys(article: str, ids: Iterable[str], taken: set[str]) -> list[str]:
    """Storage ids for events: the event id, or `article:id[:n]` if another row already uses it."""
    keys = []
    for eid in ids:
        key, n = eid, 1
        while key in taken:
            key = f"{article}:{eid}" if n == 1 else f"{article}:{eid}:{n}"
            n += 1
        taken.add(key)
        keys.append(key)
    return keys
