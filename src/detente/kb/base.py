"""The knowledge-base interface: every caller resolves actors through these few methods."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable


@dataclass
class Role:
    """An office held between two dates (either may be None: open-ended)."""

    office: str                 # human title, e.g. "Minister of National Defense"
    office_key: str | None      # canonical key, e.g. "defence_minister"
    country: str | None         # ISO alpha-3
    sector: str | None          # GOV, MIL, ...
    organisation: str | None = None
    start: str | None = None    # ISO date
    end: str | None = None      # ISO date, None while in office
    secondary: bool = False     # a concurrent or honorary title; the main role wins ties
    note: str | None = None     # caveat about the dates or the title

    def active_on(self, on: date | None) -> bool:
        if on is None:
            return self.end is None
        day = on.isoformat()
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class KBActor:
    """A canonical actor: person, organisation or state."""

    id: str
    name: str
    kind: str                   # person | organisation | state
    country: str | None
    sector: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    source: str | None = None   # where the facts come from

    def role_on(self, on: date | None) -> Role | None:
        """The role held on a date (a main role before a secondary one, then the latest-starting)."""
        active = [r for r in self.roles if r.active_on(on)]
        return max(active, key=lambda r: (not r.secondary, r.start or "")) if active else None


@dataclass
class Candidate:
    """One possible reading of a mention, with how it was found."""

    actor: KBActor
    score: float
    via: str                    # name | alias | surname | office | metonym | demonym | country
    role: Role | None = None


class KnowledgeBase(ABC):
    """Resolves mentions to actors on a date. In-memory and SQL implementations share it."""

    @abstractmethod
    def candidates(self, mention: str, on: date | None = None) -> list[Candidate]:
        """Actors a mention may refer to on a date, best first."""

    @abstractmethod
    def get(self, actor_id: str) -> KBActor | None:
        """The actor with this id, or None."""

    @abstractmethod
    def office_holder(self, office_key: str, country: str, on: date | None = None) -> KBActor | None:
        """Who held an office (canonical key) in a country on a date."""

    @abstractmethod
    def country_code(self, word: str) -> str | None:
        """ISO alpha-3 for a country name, demonym, capital or metonym ("Chinese", "Beijing")."""

    @abstractmethod
    def office_key(self, title: str, country: str | None = None) -> str | None:
        """Canonical office key for a title as written ("Defense Secretary" -> "defence_minister")."""

    def title_countries(self, title: str) -> set[str]:
        """States whose own title table lists this title ("Chief Cabinet Secretary" -> {"JPN"}); empty when none."""
        return set()

    @abstractmethod
    def surface_forms(self) -> Iterable[tuple[str, str]]:
        """Every (text, label) the NLP stage should match: names, aliases, metonyms, demonyms, titles.

        label is one of ACTOR, COUNTRY, DEMONYM, METONYM, TITLE.
        """

    @abstractmethod
    def counterparts(self, office_key: str, country: str, other_country: str) -> list[tuple[str, str]]:
        """Offices of other_country equal to office_key of country: [(office_key, basis)], basis formal|authority."""
