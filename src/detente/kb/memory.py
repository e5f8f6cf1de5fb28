"""MemoryKB: the knowledge base held in dicts, built from the data files in one pass."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from detente.kb.base import KBActor, Role
from detente.kb.loader import Form, KBData, load_data
from detente.kb.resolver import (  # noqa: F401  (constants re-exported for callers of memory)
    MAX_PREFIX_WORDS, OFFICE_SCORE, PREFIX_FACTOR, SURNAME_ACTIVE, SURNAME_INACTIVE, IndexedKB, Tables,
)
from detente.kb.text import key


def tables_from_data(data: KBData) -> Tables:
    """The small tables of a KBData (country words: the state forms, later ones winning)."""
    actors = data.actors
    return Tables(
        office_sectors=data.office_sectors, titles=data.titles, country_titles=data.country_titles,
        title_texts=data.title_texts, implied=data.implied, counterparts=data.counterparts,
        counterpart_groups=data.counterpart_groups, honorifics=data.honorifics,
        surname_stopwords=data.surname_stopwords, case_sensitive=data.case_sensitive,
        country_words={key(f.text): actors[f.actor_id].country for f in data.forms
                       if f.label in ("COUNTRY", "DEMONYM") and f.actor_id.startswith("state:")},
    )


class MemoryKB(IndexedKB):
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
        self._holder_index: dict[tuple[str, str | None], list[tuple[Role, str]]] = defaultdict(list)
        for actor in self.actors.values():
            for role in actor.roles:
                if role.office_key:
                    self._holder_index[(role.office_key, role.country)].append((role, actor.id))
        self._index_tables(tables_from_data(self.data))

    def get(self, actor_id: str) -> KBActor | None:
        return self.actors.get(actor_id)

    def _forms_for(self, k: str) -> Sequence[Form]:
        return self._forms.get(k, ())

    def _surname_ids(self, k: str) -> Sequence[str]:
        return self._surnames.get(k, ())

    def _holders(self, office: str, country: str | None) -> Sequence[tuple[Role, str]]:
        return self._holder_index.get((office, country), ())

    def _form_texts(self) -> Iterable[tuple[str, str]]:
        return ((f.text, f.label) for f in self.data.forms)

    def _surname_texts(self) -> Iterable[str]:
        return (s for s, _ in self.data.surnames if key(s) in self._surnames)
