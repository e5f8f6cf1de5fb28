"""MemoryKB: the knowledge base held in dicts, built from the data files in one pass."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Iterable

from detente.kb.base import Candidate, KBActor, KnowledgeBase, Role
from detente.kb.loader import KBData, load_data
from detente.kb.text import key, title_key

MAX_PREFIX_WORDS = 9        # the longest title or country name stripped from the front of a mention
SURNAME_ACTIVE, SURNAME_INACTIVE, OFFICE_SCORE, PREFIX_FACTOR = 0.7, 0.5, 0.8, 0.95


class MemoryKB(KnowledgeBase):
    """In-memory knowledge base. `MemoryKB()` reads the packaged data; `MemoryKB(data_dir=...)` another set."""

    def __init__(self, data: KBData | None = None, data_dir: Path | str | None = None):
        self.data = data if data is not None else load_data(data_dir)
        self.actors: dict[str, KBActor] = self.data.actors
        self._forms = defaultdict(list)
        for form in self.data.forms:
            self._forms[key(form.text)].append(form)
        self._surnames = defaultdict(list)
        for surname, actor_id in self.data.surnames:
            if key(surname) not in self.data.surname_stopwords:
                self._surnames[key(surname)].append(actor_id)
        self._holders: dict[tuple[str, str | None], list[tuple[Role, str]]] = defaultdict(list)
        for actor in self.actors.values():
            for role in actor.roles:
                if role.office_key:
                    self._holders[(role.office_key, role.country)].append((role, actor.id))
        self._country_words = {key(f.text): self.actors[f.actor_id].country for f in self.data.forms
                               if f.label in ("COUNTRY", "DEMONYM") and f.actor_id.startswith("state:")}
        self._titles = set(self.data.titles) | {t for table in self.data.country_titles.values() for t in table}
        self._honorifics = {title_key(h) for h in self.data.honorifics}
        self._qualifiers = {"acting", "former", "then", "interim", "incoming", "outgoing", "ex", "federal", "new"}
        self._igo_offices = {o for o, sector in self.data.office_sectors.items() if sector == "IGO"}
        self._pairs = defaultdict(list)
        for c1, o1, c2, o2, basis in self.data.counterparts:
            self._pairs[(o1, c1, c2)].append((o2, basis))
            self._pairs[(o2, c2, c1)].append((o1, basis))

    # -- lookups -------------------------------------------------------------------------------
    def get(self, actor_id: str) -> KBActor | None:
        return self.actors.get(actor_id)

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
        office = office_key if office_key in self.data.office_sectors else self.office_key(office_key, country)
        if office is None:
            return None
        best = self._holder(office, country, on)
        if best is None:
            for base, implied in self.data.implied.get(country or "", {}).items():
                if office in implied and (best := self._holder(base, country, on)):
                    break
        return self.actors[best[1]] if best else None

    def country_code(self, word: str) -> str | None:
        text = (word or "").strip()
        if text.isupper() and ("state:" + text) in self.actors:
            return text
        lower = not any(c.isupper() for c in text)
        for form in self._forms.get(key(text), ()):
            if form.label != "ACTOR" and not (form.strict and lower):
                code = self.actors[form.actor_id].country
                if code:
                    return code
        return None

    def office_key(self, title: str, country: str | None = None) -> str | None:
        k, inferred = self._title_country(title_key(title or ""))
        country = country or inferred
        table = self.data.country_titles.get(country or "", {})
        if k in table:
            return table[k]
        if k in self.data.titles:
            return self.data.titles[k]
        if country is None:
            found = {t[k] for t in self.data.country_titles.values() if t.get(k)}
            return found.pop() if len(found) == 1 else None
        return None

    def counterparts(self, office_key: str, country: str, other_country: str) -> list[tuple[str, str]]:
        result = list(self._pairs.get((office_key, country, other_country), []))
        for offices, countries, basis in self.data.counterpart_groups:
            members = countries == ["*"] or (country in countries and other_country in countries)
            if office_key in offices and members and country != other_country:
                result.append((office_key, basis))
        return list(dict.fromkeys(result))

    def surface_forms(self, include_surnames: bool = False) -> Iterable[tuple[str, str]]:
        """Every (text, label); surnames (label ACTOR) only on request, as many are common words."""
        seen: set[str] = set()
        rows = [(f.text[4:] if f.label == "METONYM" and f.text.startswith(("the ", "The ")) else f.text, f.label)
                for f in self.data.forms]
        rows += [(t, "TITLE") for t in self.data.title_texts]
        if include_surnames:
            rows += [(s, "ACTOR") for s, _ in self.data.surnames if key(s) in self._surnames]
        for text, label in rows:
            if text not in seen:
                seen.add(text)
                yield text, label

    # -- helpers -------------------------------------------------------------------------------
    def _match(self, k: str, lower: bool, on: date | None, found: dict, factor: float) -> None:
        for form in self._forms.get(k, ()):
            if not (form.strict and lower):
                actor = self.actors[form.actor_id]
                role = actor.role_on(on) if actor.kind == "person" else None
                self._keep(found, Candidate(self._dated(actor, role), form.score * factor, form.via, role))
        surnames = () if lower and k in self.data.case_sensitive else self._surnames.get(k, ())
        for actor_id in surnames:
            actor = self.actors[actor_id]
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
        active = [h for h in self._holders.get((office, country), ()) if h[0].active_on(on)]
        return max(active, key=lambda h: (not h[0].secondary, h[0].start or "")) if active else None

    def _held(self, actor: KBActor, office: str, country: str | None, on: date | None) -> Role | None:
        best = self._holder(office, country, on)
        if best and best[1] == actor.id:
            return best[0]
        return actor.role_on(on)

    def _title_country(self, k: str) -> tuple[str, str | None]:
        """Drop qualifiers ("acting") and a leading or trailing country ("Chinese", "of Japan")."""
        words, country = k.split(), None
        while words and words[0] in self._qualifiers:
            words = words[1:]
        for n in range(min(4, len(words) - 1), 0, -1):
            if " ".join(words[:n]) in self._country_words:
                country, words = self._country_words[" ".join(words[:n])], words[n:]
                break
        text = " ".join(words)
        if " of " in text:
            head, _, tail = text.rpartition(" of ")
            if key(tail) in self._country_words:
                return head, country or self._country_words[key(tail)]
        return text, country

    def _strip(self, k: str) -> tuple[str, str | None, str | None]:
        """Strip countries, qualifiers, titles and honorifics from the front: (rest, country, office)."""
        words, country, office = k.split(), None, None
        changed = True
        while words and changed:
            changed = False
            for n in range(min(MAX_PREFIX_WORDS, len(words)), 0, -1):
                head = " ".join(words[:n])
                tkey = title_key(head)
                if head in self._country_words and country is None:
                    country = self._country_words[head]
                elif tkey in self._titles:
                    office = self.office_key(head, country)
                elif tkey not in self._honorifics and head not in self._qualifiers:
                    continue
                words, changed = words[n:], True
                break
        return " ".join(words), country, office
