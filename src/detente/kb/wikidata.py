"""Import people and organisations from a Wikidata JSON dump into a SqlKB, streamed line by line.

    from detente.kb.sql import SqlKB
    from detente.kb.wikidata import import_wikidata
    with SqlKB("detente.db") as kb:
        report = import_wikidata(kb, "latest-all.json.gz")
    print(report.summary()); report.errors        # [(line number, problem), ...]

The dump format is Wikidata's own: one entity (JSON object) per line, the whole wrapped in a JSON
array ("[" on the first line, "]" on the last, a comma after every entity). Plain, .gz and .bz2
files are read as streams (compression is recognised from the file's first bytes), never whole.

The file is read twice. The first pass notes which items people and organisations refer to
(positions held, countries) and the labels of those it has already met; the second picks up the
labels of the rest, then stores the actors. So a position's English label is the office title
wherever it stands in the file; a position missing from the dump keeps its QID as the title.

What is read (English labels only):
  people (P31 human, or no P31 but P39/P27): label, aliases, P27 citizenship -> country (ISO alpha-3),
    P39 positions held with P580/P582 qualifiers -> roles. A role's office key comes from the KB's
    title table when its label is a known title ("President of the United States" -> head_of_state);
    its country from the position's P1001/P17, else the person's citizenship.
  organisations (P31 an organisation class in data/kb/wikidata.yaml, or any item with P159):
    label, aliases, P17 country (else the country of the P159 headquarters), sector from the class.

Each item is matched to an actor already in the KB by QID, else by exact name, kind and country
(a built-in or analyst actor then gets the QID and any new aliases; its curated roles are kept),
else stored as a new actor (origin "wikidata") with id person:<slug> or org:<slug> (suffixed with
the QID if the slug is taken). Re-importing the same file changes nothing; a newer dump replaces
the roles of the actors it created (a role that ended gets its end date). Lines that are not JSON
or not an entity are reported with their line number and the rest of the file still imports.
"""

from __future__ import annotations

import bz2
import calendar
import gzip
import json
import os
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import yaml

from detente.errors import InputError
from detente.kb.base import Role
from detente.kb.entries import Entry, organisation_entry, person_entry
from detente.kb.loader import DATA_DIR
from detente.kb.sql import WIKIDATA, SqlKB
from detente.kb.text import slug

QID = re.compile(r"^Q[1-9]\d*$")
TIME = re.compile(r"^([+-])(\d{1,16})-(\d\d)-(\d\d)T")
ENGLISH = ("en", "en-gb", "en-us", "en-ca", "mul")
BATCH = 500
MIL_WORDS = re.compile(r"\b(army|navy|naval|air force|military|general|admiral|defen[cs]e|armed forces|marine"
                       r"|command|commander|chief of (the )?(general |defence |defense )?staff)\b", re.I)
LEG_WORDS = re.compile(r"\b(member of|parliament|congress|senat\w*|assembly|legislat\w*|house of|duma|diet)\b", re.I)
JUD_WORDS = re.compile(r"\b(judge|justice|court)\b", re.I)


@dataclass
class ImportReport:
    """What an import did: counts per outcome and the lines that could not be read."""

    path: str
    lines: int = 0
    entities: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    linked: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["errors"] = [{"line": n, "error": msg} for n, msg in self.errors]
        return data

    def summary(self) -> str:
        bad = f"; {len(self.errors)} bad line{'s' if len(self.errors) != 1 else ''}" if self.errors else ""
        return (f"{self.path}: {self.entities} entities read: {self.added} added, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.linked} linked to existing actors, "
                f"{self.skipped} skipped (not a person or organisation){bad}")


@dataclass
class _Item:
    """What the import needs from a supporting item (a position, country or place)."""

    label: str | None
    country: str | None        # P17 QID
    jurisdiction: str | None   # P1001 QID


@lru_cache(maxsize=1)
def _config() -> dict[str, Any]:
    with open(DATA_DIR / "wikidata.yaml", encoding="utf-8") as handle:
        doc = yaml.safe_load(handle)
    return {"countries": {str(k): v for k, v in doc["countries"].items()},
            "person": set(doc["person_classes"]), "orgs": dict(doc["organisation_classes"]),
            "never": set(doc["never_actors"])}


# -- reading the dump ------------------------------------------------------------------------------
def open_dump(path: str | os.PathLike) -> IO[str]:
    """The dump as a text stream, decompressing gzip or bzip2 on the fly."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise InputError(f"cannot read {path}: it is a directory; give a Wikidata JSON dump file")
    try:
        with open(path, "rb") as raw:
            head = raw.read(3)
        if head[:2] == b"\x1f\x8b":
            return gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="\n")
        if head == b"BZh":
            return bz2.open(path, "rt", encoding="utf-8", errors="replace", newline="\n")
        return open(path, encoding="utf-8", errors="replace", newline="\n")
    except FileNotFoundError:
        raise InputError(f"cannot read {path}: no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def entities(path: str | os.PathLike, errors: list[tuple[int, str]] | None = None,
             stats: dict[str, int] | None = None) -> Iterator[tuple[int, dict]]:
    """(line number, entity) for every entity line; bad lines go to `errors` (if given) and are skipped.

    `stats["lines"]` is set to the number of lines read once the file is done.
    """
    def bad(n: int, problem: str) -> None:
        if errors is not None:
            errors.append((n, problem))

    n = 0
    with open_dump(path) as stream:
        try:
            for n, line in enumerate(stream, 1):
                text = line.strip()
                if text.startswith("["):                  # the array opens (alone, or before the first entity)
                    text = text[1:].lstrip()
                if text.endswith(","):
                    text = text[:-1].rstrip()
                if text.endswith("]") and (text == "]" or text[:-1].rstrip().endswith("}")):
                    text = text[:-1].rstrip()             # the array closes
                if not text:
                    continue
                try:
                    entity = json.loads(text)
                except json.JSONDecodeError as exc:
                    bad(n, f"not valid JSON ({exc.msg} at column {exc.colno})")
                    continue
                if not isinstance(entity, dict) or not isinstance(entity.get("id"), str):
                    bad(n, "not a Wikidata entity: expected a JSON object with an \"id\"")
                    continue
                yield n, entity
        except (OSError, EOFError, ValueError) as exc:   # a truncated or corrupt .gz/.bz2
            raise InputError(f"cannot read {path}: {exc}; the compressed file is damaged or incomplete") from exc
    if stats is not None:
        stats["lines"] = n


# -- reading one entity --------------------------------------------------------------------------
def _statements(entity: dict, prop: str) -> list[dict]:
    claims = entity.get("claims") or {}
    if not isinstance(claims, dict):
        raise ValueError("\"claims\" is not an object")
    found = claims.get(prop) or []
    if not isinstance(found, list):
        raise ValueError(f"claims of {prop} are not a list")
    good = [s for s in found if isinstance(s, dict) and s.get("rank") != "deprecated"]
    return sorted(good, key=lambda s: s.get("rank") != "preferred")   # preferred first, order kept


def _item(snak: Any) -> str | None:
    """The item a snak points to, or None (no value, unknown value, another datatype)."""
    if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
        return None
    value = (snak.get("datavalue") or {}).get("value")
    if isinstance(value, dict):
        qid = value.get("id") or (f"Q{value['numeric-id']}" if "numeric-id" in value else None)
        return qid if isinstance(qid, str) and QID.match(qid) else None
    return None


def _items(entity: dict, prop: str) -> list[str]:
    return [q for s in _statements(entity, prop) if (q := _item(s.get("mainsnak")))]


def _string(entity: dict, prop: str) -> str | None:
    for s in _statements(entity, prop):
        snak = s.get("mainsnak") or {}
        value = (snak.get("datavalue") or {}).get("value") if snak.get("snaktype", "value") == "value" else None
        if isinstance(value, str):
            return value
    return None


def _time(statement: dict, prop: str, last: bool) -> tuple[str | None, int | None]:
    """(ISO day, precision) of a time qualifier; month or year precision -> its first (or last) day."""
    for snak in (statement.get("qualifiers") or {}).get(prop) or []:
        if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
            continue
        value = (snak.get("datavalue") or {}).get("value") or {}
        match = TIME.match(str(value.get("time", "")))
        precision = int(value.get("precision", 11))
        if not match or match.group(1) == "-" or precision < 9 or not 1 <= int(match.group(2)) <= 9999:
            continue
        year, month, day = int(match.group(2)), int(match.group(3)), int(match.group(4))
        if precision == 9 or not 1 <= month <= 12:
            month, day = (12, 31) if last else (1, 1)
        elif precision == 10 or not 1 <= day <= calendar.monthrange(year, month)[1]:
            day = calendar.monthrange(year, month)[1] if last else 1
        return f"{year:04d}-{month:02d}-{day:02d}", min(precision, 11)
    return None, None


def _label(entity: dict) -> str | None:
    labels = entity.get("labels") or {}
    if not isinstance(labels, dict):
        raise ValueError("\"labels\" is not an object")
    for lang in ENGLISH:
        value = (labels.get(lang) or {}).get("value") if isinstance(labels.get(lang), dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _aliases(entity: dict, name: str) -> list[str]:
    found = []
    labels, aliases = entity.get("labels") or {}, entity.get("aliases") or {}
    if not isinstance(aliases, dict):
        raise ValueError("\"aliases\" is not an object")
    for lang in ENGLISH[:4]:
        label = labels.get(lang) if isinstance(labels, dict) else None
        if isinstance(label, dict) and isinstance(label.get("value"), str):
            found.append(label["value"].strip())
        for alias in aliases.get(lang) or []:
            if isinstance(alias, dict) and isinstance(alias.get("value"), str):
                found.append(alias["value"].strip())
    return [a for a in dict.fromkeys(found) if a and a != name]


def _classes(entity: dict) -> set[str]:
    return set(_items(entity, "P31"))


def _kind(entity: dict) -> str | None:
    """person, organisation or None (a position, country, place or anything else)."""
    if entity.get("type", "item") != "item" or not QID.match(entity["id"]):
        return None
    config, classes = _config(), _classes(entity)
    claims = entity.get("claims") or {}
    if classes & config["never"] or _string(entity, "P298") or _string(entity, "P297"):
        return None
    if classes & config["person"]:
        return "person"
    if classes & set(config["orgs"]) or "P159" in claims:
        return "organisation"
    if not classes and ("P39" in claims or "P27" in claims):
        return "person"
    return None


# -- the import ----------------------------------------------------------------------------------
class _Importer:
    def __init__(self, kb: SqlKB, path: str | os.PathLike):
        self.kb, self.path = kb, path
        self.report = ImportReport(str(path))
        self.refs: set[str] = set()
        self.supporting: set[str] = set()     # referenced as a position or a country: never an actor
        self.items: dict[str, _Item] = {}
        self.iso: dict[str, str] = dict(_config()["countries"])

    def first_pass(self) -> None:
        for _, entity in entities(self.path):
            try:
                self._note(entity)
                kind = _kind(entity)
                if kind == "person":
                    positions, countries = _items(entity, "P39"), _items(entity, "P27")
                    self.refs.update(positions, countries)
                    self.supporting.update(positions, countries)
                elif kind == "organisation":
                    countries, seats = _items(entity, "P17"), _items(entity, "P159")
                    self.refs.update(countries, seats)
                    self.supporting.update(countries)
            except (ValueError, TypeError, AttributeError, KeyError):
                continue          # reported in the second pass

    def _note(self, entity: dict) -> None:
        qid = entity["id"]
        code = _string(entity, "P298")
        if code and len(code) == 3 and code.isalpha():
            self.iso[qid] = code.upper()
        if qid in self.refs and qid not in self.items:
            p17, p1001 = _items(entity, "P17"), _items(entity, "P1001")
            self.items[qid] = _Item(_label(entity), p17[0] if p17 else None, p1001[0] if p1001 else None)

    def second_pass(self) -> ImportReport:
        report, batch, stats = self.report, [], {}
        for n, entity in entities(self.path, report.errors, stats):
            try:
                self._note(entity)
                kind = None if entity["id"] in self.supporting else _kind(entity)
                if kind is None:
                    report.entities += 1
                    report.skipped += 1
                    continue
                entry = self._person(entity) if kind == "person" else self._organisation(entity)
            except (ValueError, TypeError, AttributeError, KeyError) as exc:
                report.errors.append((n, f"entity {entity.get('id')}: unexpected structure ({exc})"))
                continue
            report.entities += 1
            if entry is None:
                report.skipped += 1
                continue
            batch.append(entry)
            if len(batch) >= BATCH:
                self._store(batch)
                batch = []
        self._store(batch)
        report.lines = stats.get("lines", 0)
        return report

    # -- building ---------------------------------------------------------------------------------
    def country(self, qid: str | None) -> str | None:
        """ISO alpha-3 of a country item: P298 in the dump, the table, else its label as a KB country name."""
        if qid is None:
            return None
        if qid in self.iso:
            return self.iso[qid]
        item = self.items.get(qid)
        return self.kb.country_code(item.label) if item and item.label else None

    def _person(self, entity: dict) -> Entry | None:
        name = _label(entity)
        if name is None:
            return None
        country = next((c for c in map(self.country, _items(entity, "P27")) if c), None)
        roles = [r for s in _statements(entity, "P39") if (r := self._role(s, country))]
        return person_entry("", name, country, roles, f"Wikidata {entity['id']}",
                            aliases=_aliases(entity, name), sector="GOV",
                            case_sensitive=self.kb.tables.case_sensitive, wikidata=entity["id"])

    def _role(self, statement: dict, citizenship: str | None) -> Role | None:
        position = _item(statement.get("mainsnak"))
        if position is None:
            return None
        item = self.items.get(position) or _Item(None, None, None)
        title = item.label or position
        where = self.country(item.jurisdiction) or self.country(item.country)
        office, inferred = _office(self.kb, title, where or citizenship) if item.label else (None, None)
        sector = self.kb.tables.office_sectors.get(office or "") or _sector_of(title)
        country = None if sector == "IGO" else (where or inferred or citizenship)
        start, p_start = _time(statement, "P580", last=False)
        end, p_end = _time(statement, "P582", last=True)
        notes = []
        if (p_start and p_start < 11) or (p_end and p_end < 11):
            notes.append("Wikidata gives the dates to the month or year only")
        if start and end and end < start:
            notes.append("Wikidata gives an end before the start")
        if not item.label:
            notes.append(f"position {position} is not in the dump: title is its QID")
        return Role(title, office, country, sector, None, start, end, False, "; ".join(notes) or None)

    def _organisation(self, entity: dict) -> Entry | None:
        name = _label(entity)
        if name is None:
            return None
        orgs = _config()["orgs"]
        sector = next((orgs[c] for c in _items(entity, "P31") if orgs.get(c)), None) or "GOV"
        country = next((c for c in map(self.country, _items(entity, "P17")) if c), None)
        if country is None:
            for seat in _items(entity, "P159"):
                item = self.items.get(seat)
                country = self.country(item.country) if item else None
                if country:
                    break
        if sector == "IGO":
            country = None
        return organisation_entry("", name, country, sector, f"Wikidata {entity['id']}",
                                  aliases=_aliases(entity, name), case_sensitive=self.kb.tables.case_sensitive,
                                  wikidata=entity["id"])

    # -- storing ---------------------------------------------------------------------------------
    def _store(self, batch: list[Entry]) -> None:
        if not batch:
            return
        kb, report = self.kb, self.report
        with kb.writing("import Wikidata entities") as conn:
            for entry in batch:
                actor, qid = entry.actor, entry.wikidata
                known = kb.by_wikidata(conn, qid)
                if known is None:
                    known = next((i for i, origin, wd, country in kb.find_named(conn, actor.name, actor.kind)
                                  if wd is None and origin != WIKIDATA
                                  and (country is None or actor.country is None or country == actor.country)), None)
                stored = kb.origin_of(conn, known) if known else None
                if stored is not None and stored[0] != WIKIDATA:
                    outcome = kb.link(conn, known, qid, [actor.name] + actor.aliases, WIKIDATA)
                else:
                    _set_id(entry, known or _free_id(kb, conn, actor.kind, actor.name, qid))
                    outcome = kb.put(conn, entry, WIKIDATA)
                setattr(report, outcome, getattr(report, outcome) + 1)


def _set_id(entry: Entry, actor_id: str) -> None:
    entry.actor.id = actor_id
    for form in entry.forms:
        form.actor_id = actor_id


def _free_id(kb: SqlKB, conn, kind: str, name: str, qid: str) -> str:
    base = f"{'person' if kind == 'person' else 'org'}:{slug(name) or qid.lower()}"
    return base if not kb.ids_taken(conn, [base]) else f"{base}-{qid.lower()}"


def _office(kb: SqlKB, title: str, country: str | None) -> tuple[str | None, str | None]:
    """(office key, country it implies) for a Wikidata position label, via the KB's title table."""
    office = kb.office_key(title, country)
    if office:
        return office, country
    parts = title.split(" of ")
    for i in range(1, len(parts)):                      # "Minister of Foreign Affairs of the People's Republic of China"
        head, tail = " of ".join(parts[:i]), " of ".join(parts[i:])
        code = kb.country_code(tail) or kb.country_code(re.sub(r"^the\s+", "", tail, flags=re.I))
        if code and (office := kb.office_key(head, code)):
            return office, code
    return None, None


def _sector_of(title: str) -> str:
    if MIL_WORDS.search(title):
        return "MIL"
    if JUD_WORDS.search(title):
        return "JUD"
    if LEG_WORDS.search(title):
        return "LEG"
    return "GOV"


def import_wikidata(kb: SqlKB, path: str | os.PathLike) -> ImportReport:
    """Import a Wikidata JSON dump (.json, .json.gz, .json.bz2) into the KB; see the module docstring."""
    importer = _Importer(kb, path)
    importer.first_pass()
    return importer.second_pass()


__all__ = ["ImportReport", "import_wikidata", "open_dump", "entities"]
