"""SqlKB: the knowledge base in the events database (tables kb_*, migration 0002_kb).

    from detente.kb.sql import SqlKB
    kb = SqlKB("detente.db")                  # or SqlKB(store); seeds the built-in data on first use
    kb.candidates("Hegseth", on=date(2025, 8, 28))

The first open of a database copies the packaged data files (src/detente/data/kb) into the kb_*
tables and records their fingerprint in kb_meta; later opens compare the fingerprint and do nothing,
or, after an upgrade of detente that changed the data files, re-seed the built-in rows. Actors added
by analysts (`origin` yaml) or imported from Wikidata (`origin` wikidata) are kept across re-seeds,
and win over a built-in actor with the same id.

Lookups run the same rules as MemoryKB (detente.kb.resolver.IndexedKB): the small tables (titles,
counterparts, honorifics, country words) are read once into memory, names, roles and actors are
queried per lookup and cached until this object writes. Another process's writes are seen after
`refresh()` or on reopening.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import StoreError
from detente.kb.base import KBActor, Role
from detente.kb.entries import Entry
from detente.kb.loader import DATA_DIR, Form, KBData, load_data
from detente.kb.resolver import IndexedKB, Tables
from detente.kb.text import is_acronym, key, title_key
from detente.store.migrations import one_line
from detente.store.schema import (
    kb_actors, kb_counterpart_groups, kb_counterparts, kb_implied, kb_meta, kb_names, kb_offices, kb_roles,
    kb_titles, kb_words,
)

SEED_VERSION = "2"          # bump when the way the data files are stored changes (2: ministry forms)
BUILTIN, YAML, WIKIDATA = "builtin", "yaml", "wikidata"
OWN_LABELS = ("ACTOR", "SURNAME")       # an actor's own names; metonyms, demonyms and capitals stay
CACHE_LIMIT = 50_000


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def fingerprint(data_dir: Path) -> str:
    """A hash of every data file (path and bytes) and SEED_VERSION: equal means nothing to re-seed."""
    digest = hashlib.sha256(f"seed {SEED_VERSION}\n".encode())
    for path in sorted(Path(data_dir).rglob("*.yaml")):
        digest.update(path.relative_to(data_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def role_rows(actor: KBActor, origin: str) -> list[dict[str, Any]]:
    return [{"actor_id": actor.id, "position": i, "office": r.office, "office_key": r.office_key,
             "country": r.country, "sector": r.sector, "organisation": r.organisation,
             "start_date": r.start, "end_date": r.end, "secondary": bool(r.secondary), "note": r.note,
             "origin": origin} for i, r in enumerate(actor.roles)]


def name_row(form: Form, alias: bool, origin: str) -> dict[str, Any]:
    return {"actor_id": form.actor_id, "text": form.text, "key": key(form.text), "label": form.label,
            "via": form.via, "score": form.score, "strict": bool(form.strict), "alias": alias, "origin": origin}


def surname_row(surname: str, actor_id: str, origin: str) -> dict[str, Any]:
    return {"actor_id": actor_id, "text": surname, "key": key(surname), "label": "SURNAME", "via": "surname",
            "score": 0.0, "strict": False, "alias": False, "origin": origin}


def _is_alias(form: Form, actor: KBActor) -> bool:
    """Whether a form is one of KBActor.aliases (not the name, a demonym, capital or metonym)."""
    return form.label in ("ACTOR", "COUNTRY") and form.via in ("alias", "country") and form.text != actor.name


class SqlKB(IndexedKB):
    """The knowledge base stored in a detente database; same interface and answers as MemoryKB."""

    def __init__(self, store_or_url: Any = "detente.db", *, data_dir: Path | str | None = None,
                 seed: bool = True):
        from detente.store import Store
        if isinstance(store_or_url, Store):
            self.store, self._owns_store = store_or_url, False
        else:
            self.store, self._owns_store = Store(store_or_url), True
        self.engine = self.store.engine
        self.label = self.store.label
        self.data_dir = Path(data_dir) if data_dir else DATA_DIR
        self._actors: dict[str, KBActor | None] = {}
        self._keys: dict[str, tuple[tuple[Form, ...], tuple[str, ...]]] = {}
        self._offices: dict[tuple[str, str | None], tuple[tuple[Role, str], ...]] = {}
        try:
            self.seeded_now = self.seed() if seed else False
            self.refresh()
        except BaseException:
            self.close()
            raise

    def __repr__(self) -> str:
        return f"SqlKB({self.label!r})"

    def __enter__(self) -> SqlKB:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the database if this object opened it."""
        if self._owns_store:
            self.store.close()

    # -- connections -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def reading(self, what: str = "read the knowledge base") -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"could not {what} in database {self.label}: {one_line(exc)}") from exc

    @contextlib.contextmanager
    def writing(self, what: str = "write the knowledge base") -> Iterator[Connection]:
        """One transaction: all of it is stored or none of it. Caches are dropped afterwards."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"could not {what} in database {self.label}; nothing was stored: "
                             f"{one_line(exc)}") from exc
        finally:
            self._drop_caches()

    def _drop_caches(self) -> None:
        self._actors.clear()
        self._keys.clear()
        self._offices.clear()

    def refresh(self) -> None:
        """Re-read the small tables and drop cached lookups (to see another process's writes)."""
        self._drop_caches()
        with self.reading() as conn:
            self._index_tables(self._read_tables(conn))

    # -- seeding ---------------------------------------------------------------------------------
    def meta(self, name: str, conn: Connection | None = None) -> str | None:
        if conn is None:
            with self.reading() as c:
                return self.meta(name, c)
        return conn.execute(select(kb_meta.c.value).where(kb_meta.c.key == name)).scalar_one_or_none()

    @staticmethod
    def _set_meta(conn: Connection, name: str, value: str) -> None:
        conn.execute(delete(kb_meta).where(kb_meta.c.key == name))
        conn.execute(insert(kb_meta).values(key=name, value=value))

    def seed(self, force: bool = False) -> bool:
        """Copy the data files into the tables unless they are there already; True if it wrote."""
        stamp = fingerprint(self.data_dir)
        if not force and self.meta("builtin_fingerprint") == stamp:
            return False
        data = load_data(self.data_dir)
        with self.writing("seed the knowledge base") as conn:
            if not force and self.meta("builtin_fingerprint", conn) == stamp:
                return False                      # another process seeded it meanwhile
            self._seed(conn, data)
            self._set_meta(conn, "builtin_fingerprint", stamp)
            self._set_meta(conn, "builtin_seeded_at", now())
        if hasattr(self, "tables"):
            self.refresh()
        return True

    def _seed(self, conn: Connection, data: KBData) -> None:
        for table in (kb_offices, kb_titles, kb_implied, kb_counterparts, kb_counterpart_groups, kb_words):
            conn.execute(delete(table))
        self._insert(conn, kb_offices, [{"key": k, "sector": s} for k, s in data.office_sectors.items()])
        self._insert(conn, kb_titles, [{"text": t, "title_key": title_key(t), "country": c, "office_key": o}
                                       for t, c, o in data.title_rows])
        self._insert(conn, kb_implied, [{"country": c, "office_key": base, "implied_key": i}
                                        for c, table in data.implied.items()
                                        for base, implied in table.items() for i in dict.fromkeys(implied)])
        self._insert(conn, kb_counterparts, [
            {"country": c1, "office_key": o1, "other_country": c2, "other_office_key": o2, "basis": b}
            for c1, o1, c2, o2, b in data.counterparts])
        self._insert(conn, kb_counterpart_groups, [
            {"group_no": n, "office_key": o, "country": c, "basis": basis}
            for n, (offices, countries, basis) in enumerate(data.counterpart_groups)
            for o in offices for c in countries])
        words = [("honorific", w) for w in data.honorifics]
        words += [("surname_stopword", w) for w in sorted(data.surname_stopwords)]
        words += [("case_sensitive", w) for w in sorted(data.case_sensitive)]
        self._insert(conn, kb_words, [{"kind": kind, "position": i, "word": w} for i, (kind, w) in enumerate(words)])

        existing = dict(conn.execute(select(kb_actors.c.id, kb_actors.c.origin)).all())
        overridden = {i for i, origin in existing.items() if origin != BUILTIN}
        conn.execute(delete(kb_names).where(kb_names.c.origin == BUILTIN))
        conn.execute(delete(kb_roles).where(kb_roles.c.origin == BUILTIN))
        stale = [i for i, origin in existing.items() if origin == BUILTIN and i not in data.actors]
        for chunk in _chunks(stale):
            conn.execute(delete(kb_actors).where(kb_actors.c.id.in_(chunk)))
        stamp, new, changed = now(), [], []
        for actor in data.actors.values():
            if actor.id in overridden:
                continue
            row = {"id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
                   "sector": actor.sector, "source": actor.source, "origin": BUILTIN, "updated_at": stamp}
            (changed if actor.id in existing else new).append(row)
        self._insert(conn, kb_actors, new)
        for row in changed:
            conn.execute(update(kb_actors).where(kb_actors.c.id == row["id"]).values(
                {k: v for k, v in row.items() if k != "id"}))
        rows = []
        for form in data.forms:
            if form.label == "ACTOR" and form.actor_id in overridden:
                continue
            rows.append(name_row(form, _is_alias(form, data.actors[form.actor_id]), BUILTIN))
        rows += [surname_row(s, i, BUILTIN) for s, i in data.surnames if i not in overridden]
        self._insert(conn, kb_names, rows)
        self._insert(conn, kb_roles, [r for a in data.actors.values() if a.id not in overridden
                                      for r in role_rows(a, BUILTIN)])

    @staticmethod
    def _insert(conn: Connection, table, rows: list[dict[str, Any]]) -> None:
        for chunk in _chunks(rows, 2000):
            conn.execute(insert(table), chunk)

    # -- the small tables --------------------------------------------------------------------------
    def _read_tables(self, conn: Connection) -> Tables:
        t = Tables()
        t.office_sectors = dict(conn.execute(select(kb_offices.c.key, kb_offices.c.sector)).all())
        for text, tkey, country, office in conn.execute(select(
                kb_titles.c.text, kb_titles.c.title_key, kb_titles.c.country, kb_titles.c.office_key)
                .order_by(kb_titles.c.id)):
            if country is None:
                t.titles[tkey] = office
            else:
                t.country_titles.setdefault(country, {})[tkey] = office
            t.title_texts.append(text)
        for country, base, implied in conn.execute(select(kb_implied).order_by(
                kb_implied.c.country, kb_implied.c.office_key, kb_implied.c.implied_key)):
            t.implied.setdefault(country, {}).setdefault(base, []).append(implied)
        t.counterparts = [tuple(r) for r in conn.execute(select(
            kb_counterparts.c.country, kb_counterparts.c.office_key, kb_counterparts.c.other_country,
            kb_counterparts.c.other_office_key, kb_counterparts.c.basis).order_by(kb_counterparts.c.id))]
        groups: dict[int, tuple[list[str], list[str], str]] = {}
        for no, office, country, basis in conn.execute(select(
                kb_counterpart_groups.c.group_no, kb_counterpart_groups.c.office_key,
                kb_counterpart_groups.c.country, kb_counterpart_groups.c.basis).order_by(kb_counterpart_groups.c.id)):
            offices, countries, _ = groups.setdefault(no, ([], [], basis))
            if office not in offices:
                offices.append(office)
            if country not in countries:
                countries.append(country)
        t.counterpart_groups = [groups[n] for n in sorted(groups)]
        for kind, word in conn.execute(select(kb_words.c.kind, kb_words.c.word).order_by(kb_words.c.position)):
            if kind == "honorific":
                t.honorifics.append(word)
            elif kind == "surname_stopword":
                t.surname_stopwords.add(word)
            elif kind == "case_sensitive":
                t.case_sensitive.add(word)
        query = (select(kb_names.c.key, kb_actors.c.country)
                 .join(kb_actors, kb_actors.c.id == kb_names.c.actor_id)
                 .where(kb_names.c.label.in_(("COUNTRY", "DEMONYM")), kb_names.c.actor_id.startswith("state:"))
                 .order_by(kb_names.c.id))
        t.country_words = {k: c for k, c in conn.execute(query)}
        return t

    # -- primitives --------------------------------------------------------------------------------
    def get(self, actor_id: str) -> KBActor | None:
        if actor_id in self._actors:
            return self._actors[actor_id]
        with self.reading("look up an actor") as conn:
            actor = self._load_actor(conn, actor_id)
        self._remember(self._actors, actor_id, actor)
        return actor

    @staticmethod
    def _load_actor(conn: Connection, actor_id: str) -> KBActor | None:
        row = conn.execute(select(kb_actors).where(kb_actors.c.id == actor_id)).first()
        if row is None:
            return None
        aliases = conn.execute(select(kb_names.c.text).where(kb_names.c.actor_id == actor_id, kb_names.c.alias)
                               .order_by(kb_names.c.id)).scalars().all()
        roles = [_role(r) for r in conn.execute(select(kb_roles).where(kb_roles.c.actor_id == actor_id)
                                                .order_by(kb_roles.c.position, kb_roles.c.id))]
        return KBActor(row.id, row.name, row.kind, row.country, row.sector, list(dict.fromkeys(aliases)),
                       roles, row.source)

    def _by_key(self, k: str) -> tuple[tuple[Form, ...], tuple[str, ...]]:
        if k in self._keys:
            return self._keys[k]
        with self.reading("look up a name") as conn:
            rows = conn.execute(select(kb_names.c.actor_id, kb_names.c.text, kb_names.c.label, kb_names.c.via,
                                       kb_names.c.score, kb_names.c.strict)
                                .where(kb_names.c.key == k).order_by(kb_names.c.id)).all()
        forms = tuple(Form(r.text, r.label, r.actor_id, r.via, r.score, bool(r.strict))
                      for r in rows if r.label != "SURNAME")
        surnames = () if k in self.tables.surname_stopwords else tuple(
            r.actor_id for r in rows if r.label == "SURNAME")
        return self._remember(self._keys, k, (forms, surnames))

    def _forms_for(self, k: str) -> Sequence[Form]:
        return self._by_key(k)[0]

    def _surname_ids(self, k: str) -> Sequence[str]:
        return self._by_key(k)[1]

    def _holders(self, office: str, country: str | None) -> Sequence[tuple[Role, str]]:
        slot = (office, country)
        if slot in self._offices:
            return self._offices[slot]
        where = kb_roles.c.country.is_(None) if country is None else kb_roles.c.country == country
        with self.reading("look up an office") as conn:
            rows = conn.execute(select(kb_roles).where(kb_roles.c.office_key == office, where)
                                .order_by(kb_roles.c.id)).all()
        return self._remember(self._offices, slot, tuple((_role(r), r.actor_id) for r in rows))

    def _form_texts(self) -> Iterable[tuple[str, str]]:
        with self.reading() as conn:
            return conn.execute(select(kb_names.c.text, kb_names.c.label).where(kb_names.c.label != "SURNAME")
                                .order_by(kb_names.c.id)).all()

    def _surname_texts(self) -> Iterable[str]:
        with self.reading() as conn:
            rows = conn.execute(select(kb_names.c.text, kb_names.c.key).where(kb_names.c.label == "SURNAME")
                                .order_by(kb_names.c.id)).all()
        return [text for text, k in rows if k not in self.tables.surname_stopwords]

    @staticmethod
    def _remember(cache: dict, slot: Any, value: Any) -> Any:
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        cache[slot] = value
        return value

    # -- writing actors ------------------------------------------------------------------------------
    def origin_of(self, conn: Connection, actor_id: str) -> tuple[str, str | None] | None:
        """(origin, wikidata QID) of a stored actor, or None."""
        row = conn.execute(select(kb_actors.c.origin, kb_actors.c.wikidata)
                           .where(kb_actors.c.id == actor_id)).first()
        return (row.origin, row.wikidata) if row else None

    def snapshot(self, conn: Connection, actor_id: str) -> tuple | None:
        """Everything stored about an actor's own record, to tell an unchanged re-import."""
        row = conn.execute(select(kb_actors).where(kb_actors.c.id == actor_id)).first()
        if row is None:
            return None
        names = conn.execute(select(kb_names.c.text, kb_names.c.label, kb_names.c.via, kb_names.c.score,
                                    kb_names.c.strict, kb_names.c.alias)
                             .where(kb_names.c.actor_id == actor_id, kb_names.c.label.in_(OWN_LABELS))
                             .order_by(kb_names.c.id)).all()
        roles = conn.execute(select(kb_roles).where(kb_roles.c.actor_id == actor_id)
                             .order_by(kb_roles.c.position)).all()
        return ((row.name, row.kind, row.country, row.sector, row.source, row.origin, row.wikidata),
                tuple((t, lab, via, float(s), bool(st), bool(al)) for t, lab, via, s, st, al in names),
                tuple(_role_tuple(_role(r)) for r in roles))

    @staticmethod
    def entry_snapshot(entry: Entry, origin: str) -> tuple:
        a = entry.actor
        names = [(f.text, f.label, f.via, float(f.score), bool(f.strict), f.via == "alias") for f in entry.forms]
        names += [(s, "SURNAME", "surname", 0.0, False, False) for s in entry.surnames]
        return ((a.name, a.kind, a.country, a.sector, a.source, origin, entry.wikidata), tuple(names),
                tuple(_role_tuple(r) for r in a.roles))

    def put(self, conn: Connection, entry: Entry, origin: str) -> str:
        """Store (or replace) an actor's record; returns "added", "updated" or "unchanged"."""
        actor = entry.actor
        before = self.snapshot(conn, actor.id)
        if before == self.entry_snapshot(entry, origin):
            return "unchanged"
        row = {"name": actor.name, "kind": actor.kind, "country": actor.country, "sector": actor.sector,
               "source": actor.source, "origin": origin, "wikidata": entry.wikidata, "updated_at": now()}
        if before is None:
            conn.execute(insert(kb_actors).values(id=actor.id, **row))
        else:
            conn.execute(update(kb_actors).where(kb_actors.c.id == actor.id).values(**row))
            conn.execute(delete(kb_names).where(kb_names.c.actor_id == actor.id, kb_names.c.label.in_(OWN_LABELS)))
            conn.execute(delete(kb_roles).where(kb_roles.c.actor_id == actor.id))
        rows = [name_row(f, f.via == "alias", origin) for f in entry.forms]
        rows += [surname_row(s, actor.id, origin) for s in entry.surnames]
        self._insert(conn, kb_names, rows)
        self._insert(conn, kb_roles, role_rows(actor, origin))
        return "added" if before is None else "updated"

    def link(self, conn: Connection, actor_id: str, wikidata: str, aliases: list[str], origin: str,
             case_sensitive: set[str] | None = None) -> str:
        """Tie an existing (built-in or analyst) actor to a Wikidata item: set its QID, add new aliases.

        Its roles are left alone: curated dates win. Returns "linked" or "unchanged".
        """
        stored, changed = self.origin_of(conn, actor_id), False
        if stored is not None and stored[1] != wikidata:
            conn.execute(update(kb_actors).where(kb_actors.c.id == actor_id).values(wikidata=wikidata))
            changed = True
        known = {key(t) for t in conn.execute(select(kb_names.c.text).where(
            kb_names.c.actor_id == actor_id, kb_names.c.label.in_(("ACTOR", "COUNTRY")))).scalars()}
        case_sensitive = self.tables.case_sensitive if case_sensitive is None else case_sensitive
        rows = []
        for text in dict.fromkeys(aliases):
            if key(text) and key(text) not in known:
                known.add(key(text))
                form = Form(text, "ACTOR", actor_id, "alias", 1.0, is_acronym(text) or key(text) in case_sensitive)
                rows.append(name_row(form, True, origin))
        self._insert(conn, kb_names, rows)
        return "linked" if changed or rows else "unchanged"

    def find_named(self, conn: Connection, name: str, kind: str) -> list[tuple[str, str, str | None, str | None]]:
        """(id, origin, wikidata, country) of the actors of a kind whose name (not alias) has this key."""
        query = (select(kb_actors.c.id, kb_actors.c.origin, kb_actors.c.wikidata, kb_actors.c.country)
                 .join(kb_names, kb_names.c.actor_id == kb_actors.c.id)
                 .where(kb_names.c.key == key(name), kb_names.c.label == "ACTOR", kb_names.c.via == "name",
                        kb_actors.c.kind == kind).order_by(kb_names.c.id))
        return [tuple(r) for r in conn.execute(query).all()]

    def by_wikidata(self, conn: Connection, qid: str) -> str | None:
        return conn.execute(select(kb_actors.c.id).where(kb_actors.c.wikidata == qid)
                            .order_by(kb_actors.c.id)).scalars().first()

    def ids_taken(self, conn: Connection, ids: Sequence[str]) -> set[str]:
        return set(conn.execute(select(kb_actors.c.id).where(kb_actors.c.id.in_(list(ids)))).scalars())

    # -- reading for commands -------------------------------------------------------------------------
    def describe(self, actor_id: str) -> dict[str, Any] | None:
        """An actor with where it comes from: origin, Wikidata QID, surnames and every written form."""
        actor = self.get(actor_id)
        if actor is None:
            return None
        with self.reading("describe an actor") as conn:
            row = conn.execute(select(kb_actors.c.origin, kb_actors.c.wikidata, kb_actors.c.updated_at)
                               .where(kb_actors.c.id == actor_id)).first()
            names = conn.execute(select(kb_names.c.text, kb_names.c.label, kb_names.c.via)
                                 .where(kb_names.c.actor_id == actor_id).order_by(kb_names.c.id)).all()
        return {"origin": row.origin, "wikidata": row.wikidata, "updated_at": row.updated_at,
                "surnames": [t for t, label, _ in names if label == "SURNAME"],
                "forms": [{"text": t, "label": label, "via": via} for t, label, via in names if label != "SURNAME"]}

    def counts(self) -> dict[str, int]:
        """Actors by origin, for summaries."""
        with self.reading() as conn:
            return dict(conn.execute(select(kb_actors.c.origin, func.count()).group_by(kb_actors.c.origin)).all())


def _role(r) -> Role:
    return Role(r.office, r.office_key, r.country, r.sector, r.organisation, r.start_date, r.end_date,
                bool(r.secondary), r.note)


def _role_tuple(r: Role) -> tuple:
    return (r.office, r.office_key, r.country, r.sector, r.organisation, r.start, r.end, bool(r.secondary), r.note)


def _chunks(rows: list, size: int = 500) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def database_exists(target: str | os.PathLike) -> bool:
    """Whether a --db value names an existing database (URLs other than SQLite files count as existing)."""
    raw = os.fspath(target)
    if "://" in raw:
        if raw.startswith("sqlite:///"):
            return Path(raw[len("sqlite:///"):]).expanduser().exists()
        return True
    return raw == ":memory:" or Path(raw).expanduser().exists()


__all__ = ["SqlKB", "BUILTIN", "YAML", "WIKIDATA", "fingerprint", "database_exists"]
