"""The resolution rules shared by every knowledge base: one implementation, several storages.

`IndexedKB` holds the small tables every lookup consults (office titles, counterparts, honorifics,
country words) in memory and asks its subclass for the large ones through four primitives:

    _forms_for(key)             the written forms (names, aliases, demonyms, metonyms) with that key
    _surname_ids(key)           ids of the people with that surname (stop words already removed)
    _holders(office, country)   (role, actor id) of everyone who held an office, in insertion order
    get(actor_id)               the actor, with its roles

MemoryKB answers them from dicts, SqlKB from the database, so both resolve a mention the same way.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from detente.kb.base import Candidate, KBActor, KnowledgeBase, Role
from detente.kb.loader import Form
from detente.kb.text import key, title_key

MAX_PREFIX_WORDS = 9        # the longest title or country name stripped from the front of a mention
SURNAME_ACTIVE, SURNAME_INACTIVE, OFFICE_SCORE, PREFIX_FACTOR = 0.7, 0.5, 0.8, 0.95
QUALIFIERS = frozenset({"acting", "former", "then", "interim", "incoming", "outgoing", "ex", "federal", "new"})


def _international_body(actor: KBActor) -> bool:
    """An international organisation (PLOVER sector IGO): a state's name before its name makes another body."""
    return actor.kind == "organisation" and actor.sector == "IGO"


@dataclass
class Tables:
    """The small tables: offices, titles, counterparts, name conventions and country words."""

    office_sectors: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    country_titles: dict[str, dict[str, str | None]] = field(default_factory=dict)
    title_texts: list[str] = field(default_factory=list)
    implied: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    counterparts: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    counterpart_groups: list[tuple[list[str], list[str], str]] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)
    surname_stopwords: set[str] = field(default_factory=set)
    case_sensitive: set[str] = field(default_factory=set)
    country_words: dict[str, str | None] = field(default_factory=dict)   # key -> ISO code


class IndexedKB(KnowledgeBase):
    """Resolution over the small tables plus four storage primitives (see the module docstring)."""

    tables: Tables

    def _index_tables(self, tables: Tables) -> None:
        """Derived lookups over the small tables; call again whenever they change."""
        self.tables = tables
        self._titles = set(tables.titles) | {t for table in tables.country_titles.values() for t in table}
        self._honorifics = {title_key(h) for h in tables.honorifics}
        self._qualifiers = set(QUALIFIERS)
        self._igo_offices = {o for o, sector in tables.office_sectors.items() if sector == "IGO"}
        self._pairs = defaultdict(list)
        for c1, o1, c2, o2, basis in tables.counterparts:
            self._pairs[(o1, c1, c2)].append((o2, basis))
            self._pairs[(o2, c2, c1)].append((o1, basis))

    # -- primitives --------------------------------------------------------------------------
    def _forms_for(self, k: str) -> Sequence[Form]:
        raise NotImplementedError

    def _surname_ids(self, k: str) -> Sequence[str]:
        raise NotImplementedError

    def _holders(self, office: str, country: str | None) -> Sequence[tuple[Role, str]]:
        raise NotImplementedError

    def _form_texts(self) -> Iterable[tuple[str, str]]:
        """Every (text, label) of the written forms, in insertion order."""
        raise NotImplementedError

    def _surname_texts(self) -> Iterable[str]:
        """Every surname (stop words removed), in insertion order."""
        raise NotImplementedError

    # -- the KnowledgeBase interface -----------------------------------------------------------
    def candidates(self, mention: str, on: date | None = None) -> list[Candidate]:
        text = (mention or "").strip()
        k = key(text)
        if not k:
            return []
        lower = not any(c.isupper() for c in text)
        found: dict[str, Candidate] = {}
        self._match(k, lower, on, found, 1.0)
        if not any(c.via in ("name", "alias", "country", "metonym", "demonym") for c in found.values()):
            rest, country, office = self._strip(k)
            if rest and rest != k:
                extra: dict[str, Candidate] = {}
                self._match(rest, lower, on, extra, PREFIX_FACTOR)
                for cand in extra.values():
                    if country and _international_body(cand.actor):
                        continue  # "the Russian Security Council" is Russia's own council, not the UN's
                    if country and cand.actor.kind == "organisation" and cand.actor.country not in {None, country}:
                        continue  # "the Australian defence department" is not the Pentagon
                    if country and cand.actor.kind == "person" and cand.actor.country != country:
                        cand.score *= 0.8
                    self._keep(found, cand)
            elif not rest and office and (country or office in self._igo_offices):
                holder = self.office_holder(office, country, on)
                if holder is not None:
                    role = self._held(holder, office, country, on)
                    self._keep(found, Candidate(self._dated(holder, role), OFFICE_SCORE, "office", role))
        return sorted(found.values(), key=lambda c: -c.score)

    def office_holder(self, office_key: str, country: str | None, on: date | None = None) -> KBActor | None:
        office = office_key if office_key in self.tables.office_sectors else self.office_key(office_key, country)
        if office is None:
            return None
        best = self._holder(office, country, on)
        if best is None:
            for base, implied in self.tables.implied.get(country or "", {}).items():
                if office in implied and (best := self._holder(base, country, on)):
                    break
        return self.get(best[1]) if best else None

    def office_holders(self, office_key: str, country: str | None, on: date | None = None) -> list[KBActor]:
        """Everyone who held an office on a date (several for collective posts such as CMC vice chairman),
        main roles before concurrent ones, then in order of appointment."""
        office = office_key if office_key in self.tables.office_sectors else self.office_key(office_key, country)
        if office is None:
            return []
        bases = [office] + [base for base, implied in self.tables.implied.get(country or "", {}).items()
                            if office in implied]
        for base in bases:
            active = sorted((h for h in self._holders(base, country) if h[0].active_on(on)),
                            key=lambda h: (h[0].secondary, h[0].start or ""))
            ids = list(dict.fromkeys(actor_id for _, actor_id in active))
            if ids:
                return [a for i in ids if (a := self.get(i)) is not None]
        return []

    def country_code(self, word: str) -> str | None:
        text = (word or "").strip()
        if text.isupper() and self.get("state:" + text) is not None:
            return text
        lower = not any(c.isupper() for c in text)
        for form in self._forms_for(key(text)):
            if form.label != "ACTOR" and not (form.strict and lower):
                actor = self.get(form.actor_id)
                if actor is not None and actor.country:
                    return actor.country
        return None

    def office_key(self, title: str, country: str | None = None) -> str | None:
        k, inferred = self._title_country(title_key(title or ""))
        country = country or inferred
        table = self.tables.country_titles.get(country or "", {})
        if k in table:
            return table[k]
        if k in self.tables.titles:
            return self.tables.titles[k]
        if country is None:
            found = {t[k] for t in self.tables.country_titles.values() if t.get(k)}
            return found.pop() if len(found) == 1 else None
        return None

    def title_countries(self, title: str) -> set[str]:
        k, written = self._title_country(title_key(title or ""))
        if written:
            return {written}
        if k in self.tables.titles:
            return set()  # a title every state may use
        return {code for code, table in self.tables.country_titles.items() if k in table}

    def counterparts(self, office_key: str, country: str, other_country: str) -> list[tuple[str, str]]:
        result = list(self._pairs.get((office_key, country, other_country), []))
        for offices, countries, basis in self.tables.counterpart_groups:
            members = countries == ["*"] or (country in countries and other_country in countries)
            if office_key in offices and members and country != other_country:
                result.append((office_key, basis))
        return list(dict.fromkeys(result))

    def counterpart_countries(self, office_key: str, country: str) -> list[str] | None:
        """Countries the office table pairs this office with; None when a group covers every country."""
        found: list[str] = []
        for (o1, c1, c2) in self._pairs:
            if o1 == office_key and c1 == country:
                found.append(c2)
        for offices, countries, _ in self.tables.counterpart_groups:
            if office_key in offices:
                if countries == ["*"]:
                    return None
                if country in countries:
                    found.extend(c for c in countries if c != country)
        return list(dict.fromkeys(found))

    def surface_forms(self, include_surnames: bool = False) -> Iterable[tuple[str, str]]:
        """Every (text, label); surnames (label ACTOR) only on request, as many are common words."""
        seen: set[str] = set()
        rows = [(t[4:] if label == "METONYM" and t.startswith(("the ", "The ")) else t, label)
                for t, label in self._form_texts()]
        rows += [(t, "TITLE") for t in self.tables.title_texts]
        if include_surnames:
            rows += [(s, "ACTOR") for s in self._surname_texts()]
        for text, label in rows:
            if text not in seen:
                seen.add(text)
                yield text, label

    # -- helpers -------------------------------------------------------------------------------
    def _match(self, k: str, lower: bool, on: date | None, found: dict, factor: float) -> None:
        for form in self._forms_for(k):
            if not (form.strict and lower):
                actor = self.get(form.actor_id)
                if actor is None:
                    continue
                role = actor.role_on(on) if actor.kind == "person" else None
                self._keep(found, Candidate(self._dated(actor, role), form.score * factor, form.via, role))
        surnames = () if lower and k in self.tables.case_sensitive else self._surname_ids(k)
        for actor_id in surnames:
            actor = self.get(actor_id)
            if actor is None:
                continue
            role = actor.role_on(on)
            score = (SURNAME_ACTIVE if role else SURNAME_INACTIVE) * factor
            self._keep(found, Candidate(self._dated(actor, role), score, "surname", role))

    @staticmethod
    def _keep(found: dict, cand: Candidate) -> None:
        old = found.get(cand.actor.id)
        if old is None or cand.score > old.score:
            found[cand.actor.id] = cand

    @staticmethod
    def _dated(actor: KBActor, role: Role | None) -> KBActor:
        """A person as on the date: country and sector of the role then held."""
        if role is None or (role.sector == actor.sector and role.country == actor.country):
            return actor
        return dataclasses.replace(actor, sector=role.sector, country=role.country)

    def _holder(self, office: str, country: str | None, on: date | None) -> tuple[Role, str] | None:
        active = [h for h in self._holders(office, country) if h[0].active_on(on)]
        return max(active, key=lambda h: (not h[0].secondary, h[0].start or "")) if active else None

    def _held(self, actor: KBActor, office: str, country: str | None, on: date | None) -> Role | None:
        best = self._holder(office, country, on)
        if best and best[1] == actor.id:
            return best[0]
        return actor.role_on(on)

    def _title_country(self, k: str) -> tuple[str, str | None]:
        """Drop qualifiers ("acting") and a leading or trailing country ("Chinese", "of Japan")."""
        words, country = k.split(), None
        country_words = self.tables.country_words
        while words and words[0] in self._qualifiers:
            words = words[1:]
        for n in range(min(4, len(words) - 1), 0, -1):
            if " ".join(words[:n]) in country_words:
                country, words = country_words[" ".join(words[:n])], words[n:]
                break
        text = " ".join(words)
        if " of " in text:
            head, _, tail = text.rpartition(" of ")
            if key(tail) in country_words:
                return head, country or country_words[key(tail)]
        return text, country

    def _strip(self, k: str) -> tuple[str, str | None, str | None]:
        """Strip countries, qualifiers, titles and honorifics from the front: (rest, country, office)."""
        words, country, office = k.split(), None, None
        country_words = self.tables.country_words
        changed = True
        while words and changed:
            changed = False
            for n in range(min(MAX_PREFIX_WORDS, len(words)), 0, -1):
                head = " ".join(words[:n])
                tkey = title_key(head)
                if head in country_words and country is None:
                    country = country_words[head]
                elif tkey in self._titles:
                    office = self.office_key(head, country)
                elif tkey not in self._honorifics and head not in self._qualifiers:
                    continue
                words, changed = words[n:], True
                break
        return " ".join(words), country, office
