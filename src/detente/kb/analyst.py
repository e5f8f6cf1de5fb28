"""Analysts' own actors: a YAML file of people and organisations added with `detente kb add FILE.yaml`.

    source: "analyst notes, J. Doe, 2025-09"         # default source for entries without one
    organisations:
      - name: Northern Theater Command
        id: pla-northern-theater-command               # optional: org:<id>, default org:<slug of name>
        aliases: [PLA Northern Theater Command]
        country: CHN                                   # ISO alpha-3, or null for international bodies
        sector: MIL                                    # PLOVER sectors: GOV MIL LEG JUD IGO NGO JRN BUS PTY SPY COP REB ELI ...
    people:
      - name: Wang Xiuping                             # invented example
        id: wang-xiuping                               # optional: person:<id>, default person:<slug of name>
        country: CHN
        rank: General                                  # optional, a rank of names.yaml: adds "General X", "Gen. X"
        aliases: [Wang Xiu-ping]
        surname: Wang                                  # optional: derived as for the built-in people
        source: "Xinhua, 2025-05-02"
        roles:
          - office: Commander of the Northern Theater Command
            key: null                                  # optional office key; from the title when known
            country: CHN                               # optional, default the person's country
            org: org:pla-northern-theater-command      # optional organisation id
            sector: MIL                                # optional, default the office key's sector, else GOV
            start: 2025-05-01
            end: null
            secondary: false
            note: "day approximate"

Everything is checked before anything is stored: every problem is reported with its line, and a
file with any problem stores nothing. Adding the same file again changes nothing; adding it after
editing replaces those actors. An id that belongs to a built-in or Wikidata actor is refused unless
the entry says `replace: true` (the analyst's entry then wins, also over later built-in updates).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from detente.errors import KnowledgeBaseError
from detente.kb.base import Role
from detente.kb.entries import Entry, conventions, organisation_entry, person_entry
from detente.kb.loader import SECTORS, _Loader
from detente.kb.sql import YAML, SqlKB
from detente.kb.text import slug

TOP = {"source", "people", "organisations"}
PERSON = {"name", "id", "country", "rank", "aliases", "surname", "source", "roles", "sector", "replace"}
ORGANISATION = {"name", "id", "country", "sector", "aliases", "source", "replace"}
ROLE = {"office", "key", "country", "org", "sector", "start", "end", "secondary", "note"}
LINE, LINES = "__line__", "__lines__"


class AnalystFileError(KnowledgeBaseError):
    """Problems in an analyst's YAML file, each with its line; nothing of the file was stored."""

    def __init__(self, path: str, problems: list[tuple[int | None, str]]):
        self.path, self.problems = path, sorted(problems, key=lambda p: (p[0] or 0))
        first = self.lines()[0]
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}; nothing was stored")

    def lines(self) -> list[str]:
        """One "FILE:LINE: problem" per problem."""
        return [f"{self.path}:{n}: {msg}" if n else f"{self.path}: {msg}" for n, msg in self.problems]


@dataclass
class AddReport:
    path: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "added": self.added, "updated": self.updated, "unchanged": self.unchanged}

    def summary(self) -> str:
        return (f"{self.path}: {len(self.added)} added, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged")


class _LineLoader(_Loader):
    """The data files' safe loader (dates stay text), recording the line of every mapping and key."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        mapping[LINES] = {k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")}
        return mapping


def _load(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LineLoader)
    except FileNotFoundError:
        raise AnalystFileError(str(path), [(None, "no such file")]) from None
    except IsADirectoryError:
        raise AnalystFileError(str(path), [(None, "is a directory; give a YAML file")]) from None
    except UnicodeDecodeError:
        raise AnalystFileError(str(path), [(None, "is not UTF-8 text")]) from None
    except OSError as exc:
        raise AnalystFileError(str(path), [(None, f"cannot be read ({exc.strerror})")]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise AnalystFileError(str(path), [(mark.line + 1 if mark else None, f"not valid YAML: {problem}")]) from None


class _Checker:
    def __init__(self, kb: SqlKB, path: Path):
        self.kb, self.path = kb, path
        self.problems: list[tuple[int | None, str]] = []
        self.ids: dict[str, int] = {}
        self.orgs: set[str] = set()

    def fail(self, line: int | None, message: str) -> None:
        self.problems.append((line, message))

    def at(self, entry: dict, name: str) -> int | None:
        return entry.get(LINES, {}).get(name) or entry.get(LINE)

    # -- values -----------------------------------------------------------------------------------
    def text(self, entry: dict, name: str, label: str, required: bool = False) -> str | None:
        value = entry.get(name)
        if value is None:
            if required:
                self.fail(entry.get(LINE), f"{label}: '{name}' is missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(self.at(entry, name), f"{label}: '{name}' must be a non-empty text, not {value!r}")
            return None
        return value.strip()

    def strings(self, entry: dict, name: str, label: str) -> list[str]:
        value = entry.get(name)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(self.at(entry, name), f"{label}: '{name}' must be a list of non-empty texts")
            return []
        return [v.strip() for v in value]

    def country(self, entry: dict, name: str, label: str, default: str | None = None) -> str | None:
        if name not in entry:
            return default
        code = entry[name]
        if code is None:
            return None
        if not isinstance(code, str) or self.kb.get(f"state:{code}") is None:
            self.fail(self.at(entry, name), f"{label}: country {code!r} is not an ISO 3166 alpha-3 code "
                                            "known to the KB (e.g. CHN, USA), or null")
            return None
        return code

    def sector(self, entry: dict, label: str) -> str | None:
        value = entry.get("sector")
        if value is not None and value not in SECTORS:
            self.fail(self.at(entry, "sector"), f"{label}: sector {value!r} is not one of {', '.join(sorted(SECTORS))}")
            return None
        return value

    def day(self, entry: dict, name: str, label: str) -> str | None:
        value = entry.get(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            self.fail(self.at(entry, name), f"{label}: '{name}' is {value!r}, not a date (YYYY-MM-DD) or null")
            return None

    def flag(self, entry: dict, name: str, label: str) -> bool:
        value = entry.get(name, False)
        if not isinstance(value, bool):
            self.fail(self.at(entry, name), f"{label}: '{name}' must be true or false")
            return False
        return value

    def unknown_keys(self, entry: dict, allowed: set[str], label: str) -> None:
        for name in entry:
            if name not in allowed and name not in (LINE, LINES):
                self.fail(self.at(entry, name), f"{label}: unknown field '{name}'; "
                                                f"use {', '.join(sorted(allowed))}")

    def actor_id(self, entry: dict, prefix: str, name: str | None, label: str) -> str | None:
        raw = entry.get("id")
        if raw is not None and (not isinstance(raw, str) or not raw.strip() or any(c.isspace() for c in raw)):
            self.fail(self.at(entry, "id"), f"{label}: 'id' must be a text without spaces, e.g. {slug(name or 'x')}")
            return None
        if raw is None and not name:
            return None
        local = raw.strip() if raw else slug(name or "")
        local = local[len(prefix) + 1:] if local.startswith(prefix + ":") else local
        actor_id = f"{prefix}:{local}"
        if actor_id in self.ids:
            self.fail(self.at(entry, "id") if raw else entry.get(LINE),
                      f"{label}: id {actor_id!r} is used twice in this file (first on line {self.ids[actor_id]}); "
                      "give one of them another 'id'")
            return None
        self.ids[actor_id] = entry.get(LINE)
        return actor_id

    def owner(self, entry: dict, actor_id: str, label: str, conn) -> None:
        stored = self.kb.origin_of(conn, actor_id)
        if stored is not None and stored[0] != YAML and not entry.get("replace"):
            what = "a built-in actor" if stored[0] == "builtin" else f"an actor from {stored[0]}"
            self.fail(self.at(entry, "id") if "id" in entry else entry.get(LINE),
                      f"{label}: id {actor_id!r} is {what}; set 'replace: true' to replace it, "
                      "or give another 'id'")

    # -- entries ----------------------------------------------------------------------------------
    def check(self, doc: Any) -> list[Entry]:
        if not isinstance(doc, dict):
            self.fail(1, "the file must be a mapping with 'people' and/or 'organisations' lists")
            return []
        self.unknown_keys(doc, TOP, "top level")
        default_source = self.text(doc, "source", "top level")
        sections = {}
        for name in ("organisations", "people"):
            value = doc.get(name)
            if value is not None and not isinstance(value, list):
                self.fail(self.at(doc, name), f"'{name}' must be a list of entries")
                value = None
            sections[name] = value or []
        if not sections["people"] and not sections["organisations"]:
            self.fail(doc.get(LINE), "nothing to add: give a 'people' or an 'organisations' list")
        self.orgs = {i for e in sections["organisations"] if (i := _plain_id(e, "org"))}   # for roles' 'org'
        entries: list[tuple[dict, str, Entry]] = []
        for i, entry in enumerate(sections["organisations"], 1):
            built = self.organisation(entry, i, default_source, doc)
            if built:
                entries.append(built)
        for i, entry in enumerate(sections["people"], 1):
            built = self.person(entry, i, default_source, doc)
            if built:
                entries.append(built)
        with self.kb.reading("check the analyst file") as conn:
            for entry, label, built in entries:
                self.owner(entry, built.actor.id, label, conn)
        return [built for _, _, built in entries]

    def _entry(self, entry: Any, what: str, n: int, doc: dict) -> tuple[str, str | None] | None:
        if not isinstance(entry, dict):
            self.fail(doc.get(LINES, {}).get(what), f"{what} #{n}: must be a mapping with at least 'name'")
            return None
        name = self.text(entry, "name", f"{what} #{n}", required=True)
        return (f"{what} #{n} ({name})" if name else f"{what} #{n}"), name

    def organisation(self, entry: Any, n: int, default_source: str | None, doc: dict):
        head = self._entry(entry, "organisations", n, doc)
        if head is None:
            return None
        label, name = head
        self.unknown_keys(entry, ORGANISATION, label)
        actor_id = self.actor_id(entry, "org", name, label)
        country = self.country(entry, "country", label)
        sector = self.sector(entry, label)
        if "sector" not in entry:
            self.fail(entry.get(LINE), f"{label}: 'sector' is missing (one of {', '.join(sorted(SECTORS))})")
        source = self.text(entry, "source", label) or default_source
        if source is None:
            self.fail(entry.get(LINE), f"{label}: needs a 'source' (or a top-level 'source')")
        aliases = self.strings(entry, "aliases", label)
        self.flag(entry, "replace", label)
        if not (name and actor_id):
            return None
        return entry, label, organisation_entry(actor_id, name, country, sector, source, aliases=aliases,
                                                case_sensitive=self.kb.tables.case_sensitive)

    def person(self, entry: Any, n: int, default_source: str | None, doc: dict):
        head = self._entry(entry, "people", n, doc)
        if head is None:
            return None
        label, name = head
        self.unknown_keys(entry, PERSON, label)
        actor_id = self.actor_id(entry, "person", name, label)
        country = self.country(entry, "country", label)
        sector = self.sector(entry, label)
        source = self.text(entry, "source", label) or default_source
        if source is None:
            self.fail(entry.get(LINE), f"{label}: needs a 'source' (or a top-level 'source')")
        aliases = self.strings(entry, "aliases", label)
        rank = entry.get("rank")
        if rank is not None and rank not in conventions()["ranks"]:
            self.fail(self.at(entry, "rank"), f"{label}: rank {rank!r} is not one of "
                                              f"{', '.join(conventions()['ranks'])}")
            rank = None
        surnames = self.strings(entry, "surname", label) if "surname" in entry else None
        self.flag(entry, "replace", label)
        roles_raw = entry.get("roles") or []
        if not isinstance(roles_raw, list):
            self.fail(self.at(entry, "roles"), f"{label}: 'roles' must be a list")
            roles_raw = []
        roles = [r for i, raw in enumerate(roles_raw, 1) if (r := self.role(raw, i, label, country, entry))]
        if not (name and actor_id):
            return None
        return entry, label, person_entry(actor_id, name, country, roles, source, aliases=aliases, rank=rank,
                                          surnames=surnames, sector=sector or "GOV",
                                          case_sensitive=self.kb.tables.case_sensitive)

    def role(self, raw: Any, i: int, label: str, person_country: str | None, person: dict) -> Role | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("office"), str) or not raw["office"].strip():
            where = raw.get(LINE) if isinstance(raw, dict) else self.at(person, "roles")
            self.fail(where, f"{label}: role #{i} must be a mapping with at least 'office' (the title)")
            return None
        where = f"{label} role {raw['office']!r}"
        self.unknown_keys(raw, ROLE, where)
        country = self.country(raw, "country", where, person_country)
        if "key" in raw:
            office = raw["key"]
            if office is not None and office not in self.kb.tables.office_sectors:
                self.fail(self.at(raw, "key"), f"{where}: office key {office!r} is not defined; use one of "
                                               f"{', '.join(sorted(self.kb.tables.office_sectors))} or null")
                office = None
        else:
            office = self.kb.office_key(raw["office"], country)
        sector = self.sector(raw, where) or self.kb.tables.office_sectors.get(office or "", "GOV")
        start, end = self.day(raw, "start", where), self.day(raw, "end", where)
        if start and end and end < start:
            self.fail(self.at(raw, "end"), f"{where}: ends ({end}) before it starts ({start})")
        org = raw.get("org")
        if org is not None and (not isinstance(org, str) or (org not in self.orgs and self.kb.get(org) is None)):
            self.fail(self.at(raw, "org"), f"{where}: organisation {org!r} is not in the KB or this file; "
                                           "give its id, e.g. org:pla")
            org = None
        note = raw.get("note")
        if note is not None and not isinstance(note, str):
            self.fail(self.at(raw, "note"), f"{where}: 'note' must be a text")
            note = None
        return Role(raw["office"].strip(), office, country, sector, org, start, end,
                    self.flag(raw, "secondary", where), note)


def _plain_id(entry: Any, prefix: str) -> str | None:
    """The id an entry asks for (unchecked), to let roles name organisations of the same file."""
    if not isinstance(entry, dict):
        return None
    raw = entry.get("id") if isinstance(entry.get("id"), str) else None
    name = entry.get("name") if isinstance(entry.get("name"), str) else None
    local = raw.strip() if raw else slug(name or "")
    local = local[len(prefix) + 1:] if local.startswith(prefix + ":") else local
    return f"{prefix}:{local}" if local else None


def read_analyst_file(kb: SqlKB, path: str | os.PathLike) -> list[Entry]:
    """Check an analyst's YAML file against the KB; AnalystFileError lists every problem with its line."""
    path = Path(path).expanduser()
    checker = _Checker(kb, path)
    entries = checker.check(_load(path))
    if checker.problems:
        raise AnalystFileError(str(path), checker.problems)
    return entries


def add_file(kb: SqlKB, path: str | os.PathLike) -> AddReport:
    """Check, then store every entry of the file in one transaction (all or nothing)."""
    entries = read_analyst_file(kb, path)
    report = AddReport(str(path))
    with kb.writing(f"add {path} to the knowledge base") as conn:
        for entry in entries:
            getattr(report, kb.put(conn, entry, YAML)).append(entry.actor.id)
    return report
