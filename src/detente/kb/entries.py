"""Build actors the way the data-file loader does: forms (name, aliases), surnames, dated sector.

Used for the actors that do not come from the packaged data files: analysts' YAML files
(`detente kb add`) and Wikidata dumps (`detente kb import-wikidata`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from detente.kb.base import KBActor, Role
from detente.kb.loader import DATA_DIR, Form, _Reader
from detente.kb.text import is_acronym, key


@dataclass
class Entry:
    """One actor ready to store: the actor, its written forms and surnames."""

    actor: KBActor
    forms: list[Form] = field(default_factory=list)
    surnames: list[str] = field(default_factory=list)
    wikidata: str | None = None


@lru_cache(maxsize=1)
def conventions() -> dict:
    """Name conventions of names.yaml: ranks, family-name-first countries, particles, suffixes."""
    return _Reader(DATA_DIR).names()


def surname_of(name: str, country: str | None) -> str:
    """The surname news writers use alone: "Xi Jinping" -> "Xi", "Ursula von der Leyen" -> "von der Leyen"."""
    return _Reader.surname(name, country, conventions()) if name.split() else name


def latest_role(roles: list[Role]) -> Role | None:
    """The role whose sector a person carries by default (the data-file loader's rule)."""
    if not roles:
        return None
    return max(roles, key=lambda r: (r.end is None, r.end or "", not r.secondary, r.start or ""))


def forms_for(actor: KBActor, case_sensitive: set[str]) -> list[Form]:
    """The name and each alias as ACTOR forms (acronyms and common words are case-sensitive)."""
    return [Form(text, "ACTOR", actor.id, "alias" if i else "name", 1.0,
                 is_acronym(text) or key(text) in case_sensitive)
            for i, text in enumerate([actor.name] + actor.aliases)]


def person_entry(actor_id: str, name: str, country: str | None, roles: list[Role], source: str | None, *,
                 aliases: list[str] | None = None, rank: str | None = None, surnames: list[str] | None = None,
                 sector: str | None = None, case_sensitive: set[str] | frozenset = frozenset(),
                 wikidata: str | None = None) -> Entry:
    """A person: aliases plus rank forms ("Admiral X", "Adm. X"), derived surname, sector of the latest role."""
    aliases = [a for a in (aliases or []) if a.strip() and a != name]
    if rank:
        for form in [rank] + conventions()["ranks"].get(rank, []):
            aliases += [f"{form} {n}" for n in [name] + aliases[:1]]
    latest = latest_role(roles)
    actor = KBActor(actor_id, name, "person", country, latest.sector if latest else sector,
                    list(dict.fromkeys(aliases)), roles, source)
    if surnames is None:
        surnames = [surname_of(name, country)]
    return Entry(actor, forms_for(actor, set(case_sensitive)), [s for s in surnames if s], wikidata)


def organisation_entry(actor_id: str, name: str, country: str | None, sector: str | None, source: str | None, *,
                       aliases: list[str] | None = None, case_sensitive: set[str] | frozenset = frozenset(),
                       wikidata: str | None = None) -> Entry:
    """An organisation: its name and aliases."""
    aliases = list(dict.fromkeys(a for a in (aliases or []) if a.strip() and a != name))
    actor = KBActor(actor_id, name, "organisation", country, sector, aliases, [], source)
    return Entry(actor, forms_for(actor, set(case_sensitive)), [], wikidata)
