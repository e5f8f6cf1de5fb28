"""Names that stored articles mention but the knowledge base lacks, so an analyst can add them.

    from detente.kb.unknown import record_unknown, unknown_names
    store.save(readout)
    record_unknown(store, readout, kb)            # once per article; a second call does nothing
    unknown_names(store, kb, limit=20)            # the most mentioned first

An actor of a readout is unknown when its id is a person:/org: id the KB does not have and the KB
has no candidate for its name on the article's date (the pipeline gives such actors the id it
made from the name). For each article and name, table kb_unknown keeps the number of mentions,
the country, sector and role guessed from the words around the name ("Chinese Foreign Minister
Wang Yi" -> CHN, GOV, "Foreign Minister") and up to three sentences. `unknown_names` adds the
articles up and leaves out names the KB has learned since.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from detente.kb.base import KnowledgeBase
from detente.kb.text import key

MAX_SENTENCES = 3           # per article and name
SHOWN_SENTENCES = 5         # per name in unknown_names
TITLE_WORDS = {"of", "the", "for", "and", "to", "at", "in", "foreign", "defense", "defence", "minister", "ministry",
               "deputy", "vice", "chief", "general", "former", "acting", "senior", "top", "head", "spokesman",
               "spokeswoman", "spokesperson", "ambassador", "envoy", "official", "officer", "secretary",
               "commander", "director", "chairman", "chairwoman", "president", "premier", "adviser", "advisor",
               "admiral", "colonel", "lieutenant", "major", "state", "state-run", "state-owned", "military",
               "army", "navy", "air", "force", "security", "national", "affairs", "trade", "finance", "party",
               "communist", "leader", "lawmaker", "senator", "representative", "diplomat", "negotiator",
               "intelligence", "coast", "guard", "naval", "maritime", "first", "assistant", "special"}
SECTOR_WORDS = [
    ("MIL", re.compile(r"\b(defen[cs]e|military|army|navy|naval|air force|admiral|general|colonel|commander"
                       r"|command|marine|armed forces|coast guard|troops|PLA)\b", re.I)),
    ("SPY", re.compile(r"\b(intelligence|spy|espionage)\b", re.I)),
    ("LEG", re.compile(r"\b(lawmaker|senator|congress\w*|parliament\w*|legislat\w*|assembly|representative|MP)\b", re.I)),
    ("JUD", re.compile(r"\b(judge|court|justice|prosecutor)\b", re.I)),
    ("PTY", re.compile(r"\b(party)\b", re.I)),
    ("JRN", re.compile(r"\b(journalist|reporter|correspondent|editor|newspaper|news agency|broadcaster|media"
                       r"|news|times|post|television|radio)\b", re.I)),
    ("BUS", re.compile(r"\b(company|corporation|corp|inc|ltd|executive|ceo|bank|firm|group)\b", re.I)),
    ("NGO", re.compile(r"\b(foundation|charity|ngo|institute|think tank|university|researcher|professor)\b", re.I)),
    ("GOV", re.compile(r"\b(minister|ministry|government|president|premier|prime|ambassador|embassy|spokes\w*"
                       r"|official|secretary|envoy|diplomat|foreign|council|agency|department|office|cabinet"
                       r"|governor|mayor|state|negotiator|adviser|advisor|chancellor|king|queen|leader)\b", re.I)),
]
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "adm", "lt", "col", "maj", "sen", "rep", "gov", "st", "no", "jr",
                 "sr", "capt", "cmdr", "sgt", "prof", "vs", "inc", "ltd", "corp", "co", "jan", "feb", "mar", "apr",
                 "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "amb", "brig", "ft", "mt", "messrs"}
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_WORD = re.compile(r"[\w’'.\-]+")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) of each sentence: lines, split after . ! ? before a capital, except
    after abbreviations and initials ("U.S.", "Adm.", "J.")."""
    found = []

    def add(start: int, end: int) -> None:
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            found.append((start + lead, start + lead + len(chunk.strip()), chunk.strip()))

    for line in re.finditer(r"[^\n]+", text or ""):
        start = line.start()
        for match in _BOUNDARY.finditer(line.group(0)):
            stop = line.start() + match.start()
            word = re.search(r"(\S*)$", text[line.start():stop]).group(1).lstrip("\"“‘([").lower()
            if text[stop] == "." and (word in ABBREVIATIONS or _INITIALS.fullmatch(word)):
                continue
            end = line.start() + match.start() + len(match.group(0).rstrip())
            add(start, end)
            start = line.start() + match.end()
        add(start, line.end())
    return found


def _pattern(forms: Iterable[str]) -> re.Pattern | None:
    forms = sorted({f.strip() for f in forms if f and f.strip()}, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")


def _strip_possessive(word: str) -> str:
    return re.sub(r"[’']s?$", "", word)


def _country_in(words: list[str], kb: KnowledgeBase) -> tuple[str | None, int]:
    """The country named nearest the end of a phrase ("Chinese Foreign Minister" -> CHN) and its index."""
    for i in range(len(words) - 1, -1, -1):
        for size in (3, 2, 1):
            if i - size + 1 < 0:
                continue
            phrase = " ".join(words[i - size + 1:i + 1])
            if not phrase[:1].isupper():
                continue
            code = kb.country_code(_strip_possessive(phrase))
            if code:
                return code, i + 1
    return None, 0


def _known_in(words: list[str], kb: KnowledgeBase, on: date | None) -> tuple[str | None, str | None]:
    """(country, sector) of a KB actor named in a phrase: "Pentagon spokesman" -> (USA, MIL),
    "an aide to President Vladimir Putin" -> (RUS, None): a person lends a country, a body both."""
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size, -1, -1):
            run = words[i:i + size]
            if not all(w[:1].isupper() for w in run):
                continue
            found = kb.candidates(_strip_possessive(" ".join(run)), on)
            if found and found[0].via in ("name", "alias", "metonym", "surname"):
                actor = found[0].actor
                if actor.kind == "organisation":
                    return actor.country, actor.sector
                if actor.country:
                    return actor.country, None
    return None, None


def _title_before(text: str, start: int) -> list[str]:
    """The words right before a name that read as its title: capitalised or title words, back to the clause."""
    words = _WORD.findall(text[max(0, start - 160):start])
    kept: list[str] = []
    for word in reversed(words):
        bare = _strip_possessive(word).lower().strip(".")
        if word[:1].isupper() or bare in TITLE_WORDS:
            kept.insert(0, word)
            if len(kept) >= 8:
                break
        else:
            break
    while kept and kept[0].lower() in {"of", "the", "for", "and", "to", "at", "in"}:
        kept = kept[1:]
    return kept


def _apposition(text: str, end: int) -> str | None:
    """"Zhang Wei, a senior Chinese diplomat," -> "a senior Chinese diplomat"."""
    rest = text[end:end + 160]
    match = re.match(r"\s*,\s*([^,.;:\n]{3,100})[,.;]", rest)
    if not match:
        return None
    phrase = match.group(1).strip()
    return phrase if re.match(r"(a|an|the|who is|[A-Z][a-z]+['’]s)\b", phrase) else None


def _sector(phrase: str, kb: KnowledgeBase, country: str | None) -> str | None:
    office = kb.office_key(phrase, country) if phrase else None
    tables = getattr(kb, "tables", None) or getattr(kb, "data", None)
    sectors = getattr(tables, "office_sectors", {}) if tables is not None else {}
    if office and office in sectors:
        return sectors[office]
    for sector, pattern in SECTOR_WORDS:
        if pattern.search(phrase or ""):
            return sector
    return None


def guess_context(text: str, spans: list[tuple[int, int]], kb: KnowledgeBase, kind: str,
                  name: str, on: date | None = None) -> tuple[str | None, str | None, str | None]:
    """(country, sector, role) most often suggested by the words around the name's mentions."""
    countries, sectors, roles = Counter(), Counter(), Counter()
    for start, end in spans:
        before = _title_before(text, start)
        code, at = _country_in(before, kb)
        title = " ".join(before[at:] if code else before).strip()
        after = _apposition(text, end)
        words = before + (_WORD.findall(after) if after else [])
        if after:
            code = code or _country_in(_WORD.findall(after), kb)[0]
            title = title or after
        body_country, body_sector = _known_in(words, kb, on) if words else (None, None)
        code = code or body_country
        if code:
            countries[code] += 1
        sector = body_sector or (_sector(title, kb, code) if title else None)
        if sector:
            sectors[sector] += 1
        if title and kind == "person":
            roles[title] += 1
    if kind == "organisation" and not sectors:
        sector = _sector(name, kb, None)
        if sector:
            sectors[sector] += 1
    pick = lambda c: c.most_common(1)[0][0] if c else None  # noqa: E731
    return pick(countries), pick(sectors), pick(roles)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def unknown_actors(readout: Any, kb: KnowledgeBase) -> list[dict[str, Any]]:
    """The readout's actors the KB lacks, as kb_unknown rows (without article_id)."""
    text, on = readout.article.text or "", _day(readout.article.published)
    parts = sentences(text)
    rows: dict[str, dict[str, Any]] = {}
    for actor in readout.actors:
        if actor.kind not in ("person", "organisation") or not actor.id.startswith(("person:", "org:")):
            continue
        name = (actor.name or "").strip()
        k = key(name)
        if not k or not any(c.isupper() for c in name) or len(k) < 2:
            continue
        if kb.get(actor.id) is not None or kb.candidates(name, on):
            continue
        pattern = _pattern([name] + list(actor.mentions))
        spans = [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []
        found = [s for (a, b, s) in parts if any(a <= x < b for x, _ in spans)]
        country, sector, role = guess_context(text, spans, kb, actor.kind, name, on)
        row = rows.setdefault(k, {"name_key": k[:200], "name": name, "kind": actor.kind, "country": None,
                                  "sector": None, "role": None, "mentions": 0, "sentences": [],
                                  "published": readout.article.published})
        row["mentions"] += max(len(spans), 1)
        row["country"] = row["country"] or actor.country or country
        row["sector"] = row["sector"] or sector or actor.sector     # the KB-aware guess before the pipeline's
        row["role"] = row["role"] or actor.role or role
        row["sentences"] = list(dict.fromkeys(row["sentences"] + found))[:MAX_SENTENCES]
    return list(rows.values())


def _scanned(conn, article_id: str, what: str) -> bool:
    from detente.store.schema import kb_scans
    return conn.execute(select(kb_scans.c.article_id).where(
        kb_scans.c.article_id == article_id, kb_scans.c.what == what)).first() is not None


def _has_article(conn, article_id: str) -> bool:
    from detente.store.schema import articles
    return conn.execute(select(articles.c.id).where(articles.c.id == article_id)).first() is not None


def mark_scanned(conn, article_id: str, what: str) -> None:
    from detente.store.schema import kb_scans
    conn.execute(insert(kb_scans).values(article_id=article_id, what=what,
                                         scanned_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))


def record_unknown(store: Any, readout: Any, kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """Store the unknown names of a saved article (once: later calls return [] and change nothing).

    Call it after `store.save(readout)`; an article the store does not hold is skipped. `kb` should
    be the knowledge base the readout was read with (default: the SqlKB of the store).
    """
    from detente.store.schema import kb_unknown
    kb = kb if kb is not None else kb_of(store)
    aid = readout.article.id
    with store.engine.connect() as conn:
        if _scanned(conn, aid, "unknown") or not _has_article(conn, aid):
            return []
    rows = unknown_actors(readout, kb)
    try:
        with store.engine.begin() as conn:
            if _scanned(conn, aid, "unknown"):
                return []
            mark_scanned(conn, aid, "unknown")
            if rows:
                conn.execute(insert(kb_unknown), [{**r, "article_id": aid} for r in rows])
    except IntegrityError:      # another writer scanned the same article first
        return []
    return rows


def scan_stored(store: Any, kb: KnowledgeBase | None = None) -> int:
    """Record the unknown names of every stored article not scanned yet; returns how many were scanned."""
    from detente.store.schema import articles, kb_scans
    kb = kb if kb is not None else kb_of(store)
    done = select(kb_scans.c.article_id).where(kb_scans.c.what == "unknown")
    with store.engine.connect() as conn:
        ids = conn.execute(select(articles.c.id).where(articles.c.id.not_in(done))
                           .order_by(articles.c.published, articles.c.id)).scalars().all()
    for aid in ids:
        readout = store.readout(aid)
        if readout is not None:
            record_unknown(store, readout, kb)
    return len(ids)


def unknown_names(store: Any, kb: KnowledgeBase | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Unknown names across stored articles, most mentioned first, without those the KB now knows.

    Each: name, kind, mentions, articles, country, sector, role (the most frequent guesses, with
    `countries`/`sectors` counting every guess), and up to five sentences with their article.
    """
    from detente.store.schema import kb_unknown
    kb = kb if kb is not None else kb_of(store)
    total = func.sum(kb_unknown.c.mentions).label("mentions")
    query = (select(kb_unknown.c.name_key, total, func.count().label("articles"))
             .group_by(kb_unknown.c.name_key).order_by(total.desc(), func.count().desc(), kb_unknown.c.name_key))
    result = []
    with store.engine.connect() as conn:
        for name_key, mentions, n_articles in conn.execute(query).all():
            rows = conn.execute(select(kb_unknown).where(kb_unknown.c.name_key == name_key)
                                .order_by(kb_unknown.c.published.desc(), kb_unknown.c.article_id)).all()
            names = Counter(r.name for r in rows)
            name = names.most_common(1)[0][0]
            if kb.candidates(name, None) or any(kb.get(f"{p}:{name_key.replace(' ', '-')}")
                                                for p in ("person", "org")):
                continue
            countries = Counter(r.country for r in rows if r.country)
            sectors = Counter(r.sector for r in rows if r.sector)
            roles = Counter(r.role for r in rows if r.role)
            result.append({
                "name": name, "kind": Counter(r.kind for r in rows).most_common(1)[0][0],
                "mentions": int(mentions), "articles": int(n_articles),
                "country": countries.most_common(1)[0][0] if countries else None,
                "sector": sectors.most_common(1)[0][0] if sectors else None,
                "role": roles.most_common(1)[0][0] if roles else None,
                "countries": dict(countries), "sectors": dict(sectors), "other_names": sorted(set(names) - {name}),
                "sentences": [{"article_id": r.article_id, "published": r.published, "sentence": s}
                              for r in rows for s in r.sentences][:SHOWN_SENTENCES],
            })
            if limit is not None and len(result) >= limit:
                break
    return result


_KBS: dict[int, Any] = {}


def kb_of(store: Any) -> KnowledgeBase:
    """The SqlKB of a store, opened once per store object."""
    from detente.kb.sql import SqlKB
    kb = _KBS.get(id(store))
    if kb is None or kb.store is not store:
        if len(_KBS) >= 8:
            _KBS.clear()
        kb = _KBS[id(store)] = SqlKB(store)
    return kb
