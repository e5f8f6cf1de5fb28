"""Read and check the knowledge-base data files into plain tables (KBData).

The tables are storage-neutral: MemoryKB indexes them in dicts, and a SQL-backed KB can insert the
same rows. Every problem raises KnowledgeBaseError naming the file, the entry and the fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import yaml

from detente.errors import KnowledgeBaseError
from detente.kb.base import KBActor, Role
from detente.kb.institutions import body_forms, listed_ministries, ministry_forms, standard_ministries
from detente.kb.state_bodies import (
    STANDARD_SOURCE, government_forms, listed_body_ids, listed_forms, standard_bodies,
)
from detente.kb.text import is_acronym, key, slug, title_key


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # the C parser when libyaml is present
    """Safe YAML without implicit dates: dates stay text and are checked here, with the entry named."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

SECTORS = {"GOV", "MIL", "LEG", "JUD", "IGO", "NGO", "JRN", "MED", "BUS", "PTY", "SPY", "COP", "REB", "ELI", "CVL",
           "PRM", "UAF", "UNK", "AGR", "CRM", "EDU", "LAB", "REF", "OPP", "PRE", "REL", "SOC"}  # PLOVER sector codes
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"


@dataclass
class Form:
    """One written form of an actor: a name, alias, demonym, capital or metonym."""

    text: str
    label: str          # ACTOR | COUNTRY | DEMONYM | METONYM
    actor_id: str
    via: str            # name | alias | country | demonym | metonym
    score: float
    strict: bool        # an acronym or common word: an all-lower-case mention does not match it


@dataclass
class KBData:
    """Everything the data files say, as tables."""

    actors: dict[str, KBActor] = field(default_factory=dict)
    forms: list[Form] = field(default_factory=list)
    surnames: list[tuple[str, str]] = field(default_factory=list)          # (surname, person id)
    office_sectors: dict[str, str] = field(default_factory=dict)           # office key -> sector
    titles: dict[str, str] = field(default_factory=dict)                   # title key -> office key
    country_titles: dict[str, dict[str, str | None]] = field(default_factory=dict)
    title_texts: list[str] = field(default_factory=list)
    title_rows: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (text, country, office)
    implied: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    counterparts: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    counterpart_groups: list[tuple[list[str], list[str], str]] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)
    surname_stopwords: set[str] = field(default_factory=set)
    case_sensitive: set[str] = field(default_factory=set)


ORGANISATION_FIELDS = {"id", "name", "country", "sector", "source", "aliases", "role"}
# PLOVER's codes for bodies of no one state, allowed as an organisation's country: the United Nations and its
# organs (UNO), the European Union's (EUR), other international bodies and international NGOs (IGO)
INTERNATIONAL_CODES = {"UNO", "EUR", "IGO"}
# Codes a record gives an actor that is no state, which therefore has no territory, capital or home: the
# international ones and PLOVER's code for non-governmental bodies
NON_STATE_CODES = frozenset(INTERNATIONAL_CODES | {"NGO"})
PERSON_FIELDS = {"id", "name", "country", "source", "roles", "aliases", "surname", "rank"}
ROLE_FIELDS = {"office", "key", "country", "sector", "org", "start", "end", "secondary", "note"}


class _File:
    """One data file being read; `fail` names it and the entry."""

    def __init__(self, path: Path):
        self.path = path
        try:
            with path.open(encoding="utf-8") as handle:
                self.doc = yaml.load(handle, Loader=_Loader)
        except OSError as exc:
            raise KnowledgeBaseError(f"{path}: cannot be read ({exc.strerror}); restore the file") from exc
        except (yaml.YAMLError, ValueError) as exc:
            raise KnowledgeBaseError(f"{path}: is not valid YAML ({exc}); fix the syntax") from exc
        if not isinstance(self.doc, dict):
            self.fail("top level", "must be a mapping of sections")

    def fail(self, entry: Any, problem: str):
        raise KnowledgeBaseError(f"{self.path}: entry {entry!s}: {problem}")

    def section(self, name: str, kind: type, required: bool = True):
        value = self.doc.get(name)
        if value is None and not required:
            return kind()
        if not isinstance(value, kind):
            self.fail(name, f"section '{name}' must be a {kind.__name__}")
        return value

    def fields(self, entry: Any, value: dict, allowed: set[str]) -> None:
        """Refuse unknown fields: an unquoted name with a comma in a {...} entry splits into one."""
        unknown = sorted(str(k) for k in value if k not in allowed)
        if unknown:
            self.fail(entry, f"unknown field {unknown[0]!r}; the fields are {', '.join(sorted(allowed))} "
                             "(a comma in an unquoted name splits it: put the name in quotes)")

    def strings(self, entry: Any, value: Any, what: str) -> list[str]:
        value = [] if value is None else value
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(entry, f"'{what}' must be a list of non-empty strings")
        return value

    def day(self, entry: Any, value: Any, what: str) -> str | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            self.fail(entry, f"'{what}' is {value!r}, not an ISO date (YYYY-MM-DD) or null")


class _Reader:
    def __init__(self, data_dir: Path):
        self.dir = Path(data_dir)
        self.data = KBData()
        self.iso = {c.alpha_3: c for c in pycountry.countries}
        self.codes = set(self.iso)
        self.owners: dict[str, tuple[list[str], list[str]]] = {}   # country code -> (names, demonyms)

    def file(self, name: str) -> _File:
        return _File(self.dir / name)

    def country(self, f: _File, entry: Any, code: Any, nullable: bool = True) -> str | None:
        if code is None and nullable:
            return None
        if code not in self.codes:
            f.fail(entry, f"country {code!r} is not an ISO 3166 alpha-3 code known to the KB")
        return code

    def sector(self, f: _File, entry: Any, value: Any) -> str:
        if value not in SECTORS:
            f.fail(entry, f"sector {value!r} is not one of {', '.join(sorted(SECTORS))}")
        return value

    def add(self, f: _File, entry: Any, actor: KBActor) -> KBActor:
        if actor.id in self.data.actors:
            f.fail(entry, f"id {actor.id!r} is used twice; give one of them an explicit 'id'")
        self.data.actors[actor.id] = actor
        return actor

    def form(self, text: str, label: str, actor_id: str, via: str, score: float) -> None:
        strict = is_acronym(text) or key(text) in self.data.case_sensitive
        self.data.forms.append(Form(text, label, actor_id, via, score, strict))

    # -- files -------------------------------------------------------------------------------
    def names(self) -> dict:
        f = self.file("names.yaml")
        self.data.honorifics = f.strings("honorifics", f.doc.get("honorifics"), "honorifics")
        self.data.surname_stopwords = {key(w) for w in f.strings("x", f.doc.get("surname_stopwords"), "surname_stopwords")}
        self.data.case_sensitive = {key(w) for w in f.strings("x", f.doc.get("case_sensitive"), "case_sensitive")}
        ranks = f.section("ranks", dict, required=False)
        for rank, short in ranks.items():
            f.strings(rank, short, "ranks")
        return {"ranks": ranks, "eastern": set(f.strings("x", f.doc.get("eastern_name_order"), "eastern_name_order")),
                "particles": {w.lower() for w in f.strings("x", f.doc.get("particles"), "particles")},
                "suffixes": {key(w) for w in f.strings("x", f.doc.get("suffixes"), "suffixes")}}

    def countries(self) -> None:
        f = self.file("countries.yaml")
        written = f.section("countries", dict)
        for code, entry in written.items():
            if not isinstance(entry, dict):
                f.fail(code, "must be a mapping with names, demonyms, capitals")
            if code not in self.iso and not isinstance(entry.get("name"), str):
                f.fail(code, "is not in ISO 3166; give it a 'name' (and a user-assigned code such as XKX)")
            self.codes.add(code)
        source = f.doc.get("source", "ISO 3166 via pycountry")
        for code in list(self.iso) + [c for c in written if c not in self.iso]:
            entry = written.get(code, {})
            iso = self.iso.get(code)
            names = f.strings(code, entry.get("names"), "names")
            official = [getattr(iso, a, None) for a in ("common_name", "name", "official_name")] if iso else []
            name = entry.get("name") or (names[0] if names else official[0] or official[1])
            aliases = list(dict.fromkeys([n for n in names + official if n and n != name]))
            actor = self.add(f, code, KBActor(f"state:{code}", name, "state", code, "GOV", aliases, [], source))
            for text in [name] + aliases:
                self.form(text, "COUNTRY", actor.id, "country", 1.0)
            demonyms = f.strings(code, entry.get("demonyms"), "demonyms")
            self.owners[code] = ([name] + [n for n in names if n != name], demonyms)
            for demonym in demonyms:
                self.form(demonym, "DEMONYM", actor.id, "demonym", 0.8)
                plural = demonym + "s"
                if not demonym.endswith(("s", "sh", "ch", "ese", "x", "z", "y")) and plural not in names:
                    self.form(plural, "DEMONYM", actor.id, "demonym", 0.75)
            for capital in f.strings(code, entry.get("capitals"), "capitals"):
                self.form(capital, "METONYM", actor.id, "metonym", 0.85)

    def organisations(self) -> None:
        """organisations.yaml, then the files of organisations/ (central banks, companies, ...), then the
        bodies every state gets that none of them lists."""
        f = self.file("organisations.yaml")
        for extra in [f] + [_File(p) for p in sorted((self.dir / "organisations").glob("*.yaml"))]:
            self.organisation_file(extra)
        self.standard_ministries(f)
        self.standard_bodies(f)

    def organisation_file(self, f: _File) -> None:
        for n, entry in enumerate(f.section("organisations", list), 1):
            label = f"#{n} ({entry.get('name')!s})" if isinstance(entry, dict) else f"#{n}"
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                f.fail(label, "must be a mapping with at least 'name', 'sector' and 'source'")
            if not isinstance(entry.get("source"), str):
                f.fail(label, "needs a 'source' note, e.g. \"official website\"")
            f.fields(label, entry, ORGANISATION_FIELDS)
            aliases = f.strings(label, entry.get("aliases"), "aliases")
            code = entry.get("country")
            actor = KBActor(f"org:{entry.get('id') or slug(entry['name'])}", entry["name"], "organisation",
                            code if code in INTERNATIONAL_CODES else self.country(f, label, code),
                            self.sector(f, label, entry.get("sector")), aliases, [], entry["source"])
            actor.roles = self.standing_role(f, label, entry.get("role"), actor)
            if actor.country:
                countries, demonyms = self.owners.get(actor.country, ([], []))
                actor.aliases += ministry_forms([actor.name] + aliases, countries, demonyms)
                if actor.sector != "BUS":  # a firm's name is a brand: "Japan Airlines" is no "Japanese airlines"
                    actor.aliases += [f for f in body_forms([actor.name] + aliases, countries, demonyms)
                                      if f not in actor.aliases]
            self.add(f, label, actor)
            for i, text in enumerate([actor.name] + actor.aliases):
                self.form(text, "ACTOR", actor.id, "alias" if i else "name", 1.0)

    def standing_role(self, f: _File, label: str, role: Any, actor: KBActor) -> list[Role]:
        """What a body is, as an undated role the readout shows ("central bank", "state energy company")."""
        if role is None:
            return []
        if not isinstance(role, str) or not role.strip():
            f.fail(label, "'role' must be a short non-empty text, e.g. \"central bank\"")
        return [Role(role, None, actor.country, actor.sector)]

    def standard_ministries(self, f: _File) -> None:
        """Every state's foreign and defence ministry that organisations.yaml does not list."""
        bodies = [(a.country, [a.name] + a.aliases) for a in self.data.actors.values() if a.kind == "organisation"]
        listed = listed_ministries(bodies)
        for code, (countries, demonyms) in self.owners.items():
            for actor_id, name, sector, aliases in standard_ministries(code, countries, demonyms, listed):
                if actor_id in self.data.actors:
                    continue
                actor = self.add(f, name, KBActor(actor_id, name, "organisation", code, sector, aliases, [],
                                                  "detente: a state's standard ministry, named canonically"))
                for i, text in enumerate([actor.name] + actor.aliases):
                    self.form(text, "ACTOR", actor.id, "alias" if i else "name", 1.0)

    def standard_bodies(self, f: _File) -> None:
        """Every state's armed forces, parliament, state media and police that organisations.yaml does not list,
        and the forms of its government ("the Lithuanian government": the state)."""
        listed_ids = listed_body_ids([(a.id, a.country, a.sector, [a.name] + a.aliases)
                                      for a in self.data.actors.values() if a.kind == "organisation"])
        listed = set(listed_ids)
        self.listed_body_forms(listed_ids)
        for code, (countries, demonyms) in self.owners.items():
            for actor_id, name, sector, aliases in standard_bodies(code, countries, demonyms, listed):
                if actor_id in self.data.actors:
                    continue
                actor = self.add(f, name, KBActor(actor_id, name, "organisation", code, sector, aliases, [],
                                                  STANDARD_SOURCE))
                for i, text in enumerate([actor.name] + actor.aliases):
                    self.form(text, "ACTOR", actor.id, "alias" if i else "name", 1.0)
            for text in government_forms(countries, demonyms):
                self.form(text, "ACTOR", f"state:{code}", "metonym", 1.0)

    def listed_body_forms(self, listed_ids: dict[tuple[str, str], str | None]) -> None:
        """"Ukraine's security service" for the listed "Security Service of Ukraine": a listed standard body
        takes the common-noun forms no other actor is written with."""
        taken = {key(form.text) for form in self.data.forms}
        for (code, suffix), actor_id in listed_ids.items():
            if not actor_id or actor_id.startswith("state:"):
                continue
            countries, demonyms = self.owners.get(code, ([], []))
            for text in listed_forms(code, suffix, countries, demonyms):
                if key(text) not in taken:  # an alias is both a form and among the actor's aliases (the SQL KB's)
                    taken.add(key(text))
                    self.data.actors[actor_id].aliases.append(text)
                    self.form(text, "ACTOR", actor_id, "alias", 1.0)

    def metonyms(self) -> None:
        f = self.file("metonyms.yaml")
        for n, entry in enumerate(f.section("metonyms", list), 1):
            label = f"#{n} ({entry.get('text')!s})" if isinstance(entry, dict) else f"#{n}"
            if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
                f.fail(label, "must be a mapping with 'text' and 'country' or 'actor'")
            target = entry.get("actor") or f"state:{self.country(f, label, entry.get('country'), False)}"
            if target not in self.data.actors:
                f.fail(label, f"actor {target!r} is not defined; add it to organisations.yaml or fix the id")
            self.form(entry["text"], "METONYM", target, "metonym", 0.9)

    def offices(self) -> None:
        f = self.file("offices.yaml")
        d = self.data
        for office, sector in f.section("sectors", dict).items():
            d.office_sectors[office] = self.sector(f, office, sector)
        for office, titles in f.section("titles", dict).items():
            if office not in d.office_sectors:
                f.fail(office, "office key has no sector; add it under 'sectors'")
            for title in f.strings(office, titles, "titles"):
                d.titles[title_key(title)] = office
                d.title_texts.append(title)
                d.title_rows.append((title, None, office))
        for code, table in f.section("countries", dict).items():
            self.country(f, code, code, False)
            if not isinstance(table, dict):
                f.fail(code, "must map titles to office keys (or null)")
            for title, office in table.items():
                if office is not None and office not in d.office_sectors:
                    f.fail(f"{code}: {title}", f"office key {office!r} has no sector; add it under 'sectors'")
                d.country_titles.setdefault(code, {})[title_key(title)] = office
                d.title_texts.append(title)
                d.title_rows.append((title, code, office))
        for code, table in f.section("implied", dict, required=False).items():
            d.implied[self.country(f, code, code, False)] = {k: f.strings(code, v, k) for k, v in table.items()}

    def counterparts(self) -> None:
        f = self.file("counterparts.yaml")
        for n, row in enumerate(f.section("pairs", list), 1):
            if not (isinstance(row, list) and len(row) == 5 and row[4] in ("formal", "authority")):
                f.fail(f"pairs #{n}", "must be [country, office, other_country, other_office, formal|authority]")
            for code, office in ((row[0], row[1]), (row[2], row[3])):
                self.country(f, f"pairs #{n}", code, False)
                if office not in self.data.office_sectors:
                    f.fail(f"pairs #{n}", f"office key {office!r} is not defined in offices.yaml")
            self.data.counterparts.append(tuple(row))
        for n, group in enumerate(f.section("groups", list, required=False), 1):
            offices = f.strings(f"groups #{n}", group.get("offices"), "offices")
            countries = f.strings(f"groups #{n}", group.get("countries"), "countries")
            for code in countries:
                if code != "*":
                    self.country(f, f"groups #{n}", code, False)
            self.data.counterpart_groups.append((offices, countries, group.get("basis", "formal")))

    def people(self, names: dict) -> None:
        for path in sorted((self.dir / "people").glob("*.yaml")):
            f = _File(path)
            for n, entry in enumerate(f.section("people", list), 1):
                self.person(f, n, entry, names)

    def person(self, f: _File, n: int, entry: Any, names: dict) -> None:
        label = f"#{n} ({entry.get('name')!s})" if isinstance(entry, dict) else f"#{n}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            f.fail(label, "must be a mapping with 'name', 'country', 'roles' and 'source'")
        if not isinstance(entry.get("source"), str):
            f.fail(label, "needs a 'source' note, e.g. \"Wikipedia: <name>, accessed 2025\"")
        f.fields(label, entry, PERSON_FIELDS)
        country = self.country(f, label, entry.get("country"))
        roles = [self.role(f, label, r, country) for r in entry.get("roles") or []]
        if not roles:
            f.fail(label, "has no roles; a person enters the KB through the offices they held")
        aliases = f.strings(label, entry.get("aliases"), "aliases")
        rank = entry.get("rank")
        if rank is not None and rank not in names["ranks"]:
            f.fail(label, f"rank {rank!r} is not listed under 'ranks' in names.yaml")
        for form in ([rank] + names["ranks"][rank]) if rank else []:
            aliases = aliases + [f"{form} {n}" for n in [entry["name"]] + entry.get("aliases", [])[:1]]
        latest = max(roles, key=lambda r: (r.end is None, r.end or "", not r.secondary, r.start or ""))
        actor = KBActor(f"person:{entry.get('id') or slug(entry['name'])}", entry["name"], "person", country,
                        latest.sector, list(dict.fromkeys(aliases)), roles, entry["source"])
        self.add(f, label, actor)
        for i, text in enumerate([actor.name] + actor.aliases):
            self.form(text, "ACTOR", actor.id, "alias" if i else "name", 1.0)
        surnames = entry["surname"] if "surname" in entry else [self.surname(entry["name"], country, names)]
        surnames = [surnames] if isinstance(surnames, str) else f.strings(label, surnames, "surname")
        self.data.surnames.extend((s, actor.id) for s in surnames if s)

    def role(self, f: _File, label: str, r: Any, country: str | None) -> Role:
        if not isinstance(r, dict) or not isinstance(r.get("office"), str):
            f.fail(label, f"role {r!r} must be a mapping with at least 'office' and 'start'")
        where = f"{label} role {r['office']!r}"
        f.fields(where, r, ROLE_FIELDS)
        code = self.country(f, where, r["country"]) if "country" in r else country
        if "key" in r:
            office = r["key"]
        else:
            office = self.data.country_titles.get(code or "", {}).get(title_key(r["office"]),
                                                                       self.data.titles.get(title_key(r["office"])))
            if office is None:
                f.fail(where, "title is not in offices.yaml; add it there or give the role an explicit 'key'")
        if office is not None and office not in self.data.office_sectors:
            f.fail(where, f"office key {office!r} is not defined in offices.yaml 'sectors'")
        sector = self.sector(f, where, r.get("sector") or self.data.office_sectors.get(office, "GOV"))
        start, end = f.day(where, r.get("start"), "start"), f.day(where, r.get("end"), "end")
        if start and end and end < start:
            f.fail(where, f"ends ({end}) before it starts ({start})")
        org = r.get("org")
        if org is not None and org not in self.data.actors:
            f.fail(where, f"organisation {org!r} is not defined in organisations.yaml")
        return Role(r["office"], office, code, sector, org, start, end, bool(r.get("secondary")), r.get("note"))

    @staticmethod
    def surname(name: str, country: str | None, names: dict) -> str:
        words = [w for w in name.split() if key(w) not in names["suffixes"]]
        if country in names["eastern"]:
            return words[0]
        tail = [words[-1]]
        for word in reversed(words[:-1]):
            if word.lower() not in names["particles"] or not word[0].islower():
                break
            tail.insert(0, word)
        return " ".join(tail)


def load_data(data_dir: Path | str | None = None) -> KBData:
    """Read every data file of a KB directory (default: the package's data/kb) into KBData."""
    reader = _Reader(Path(data_dir) if data_dir else DATA_DIR)
    names = reader.names()
    reader.countries()
    reader.organisations()
    reader.metonyms()
    reader.offices()
    reader.counterparts()
    reader.people(names)
    return reader.data
