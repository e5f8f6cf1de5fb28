"""Typed records passed between stages; their `as_dict` forms are the readout JSON contract.

See docs/readout-format.md: field names here are the stable, documented names.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

STATUSES = (
    "occurred", "proposed", "planned", "under_consideration", "confirmed", "accepted",
    "declined", "non_committal", "cancelled", "hypothetical", "negated",
)
STANCES = ("conciliatory", "neutral", "hostile")


def _clean(value: Any) -> Any:
    """Turn nested dataclasses into plain JSON-ready values."""
    if dataclasses.is_dataclass(value):
        return value.as_dict()
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


class _Record:
    """Mixin: `as_dict` / `from_dict` for flat or nested dataclasses."""

    def as_dict(self) -> dict[str, Any]:
        return {f.name: _clean(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Evidence(_Record):
    """Where a fact was read: the sentence and its character offsets in the article text."""

    sentence: str
    start: int
    end: int


@dataclass
class DateValue(_Record):
    """A point (`value`) or a range (`earliest`..`latest`), ISO dates, with a precision word."""

    value: str | None = None
    earliest: str | None = None
    latest: str | None = None
    precision: str = "day"  # day | days | month | part_of_month | season | year | part_of_year | range
    text: str | None = None

    @property
    def first(self) -> str | None:
        return self.value or self.earliest

    @property
    def last(self) -> str | None:
        return self.value or self.latest


@dataclass
class Location(_Record):
    """Where an event happened: a place name when given and its country (ISO alpha-3)."""

    name: str | None = None
    country: str | None = None


@dataclass
class ActorRef(_Record):
    """An actor as it takes part in an event: name, country, sector and the knowledge-base id."""

    name: str
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None


@dataclass
class Actor(_Record):
    """A resolved actor mentioned in the article, with the role it held on the article's date."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: str = "person"  # person | organisation | state | group
    mentions: list[str] = field(default_factory=list)


@dataclass
class Response(_Record):
    """The other side's reported answer to a proposal: who (country) and what status."""

    by: str | None
    status: str
    evidence: Evidence | None = None

    @classmethod
    def from_dict(cls, data):
        ev = data.get("evidence")
        return cls(by=data.get("by"), status=data["status"],
                   evidence=Evidence.from_dict(ev) if ev else None)


@dataclass
class EventLink(_Record):
    """A relation stated between two events of one article, e.g. groundwork for a summit."""

    relation: str  # prepared_by | follows | replaces
    event: str


@dataclass
class Event(_Record):
    """One coded interaction with its status and the evidence it was read from."""

    id: str
    type: str
    mode: str | None
    context: list[str]
    status: str
    source: list[ActorRef]
    target: list[ActorRef]
    date: DateValue | None
    location: Location | None
    cameo: str | None
    quad_class: int
    intensity: float
    confidence: float
    evidence: Evidence
    trigger: str = ""
    response: Response | None = None
    links: list[EventLink] = field(default_factory=list)
    reciprocal: bool = False  # joint action ("X and Y met"): the direction source -> target is arbitrary
    mentions: list[Evidence] = field(default_factory=list)  # the other sentences that tell the same act

    @classmethod
    def from_dict(cls, data):
        d = dict(data)
        d["mentions"] = [Evidence.from_dict(m) for m in d.get("mentions", [])]
        d["source"] = [ActorRef.from_dict(a) for a in d.get("source", [])]
        d["target"] = [ActorRef.from_dict(a) for a in d.get("target", [])]
        d["date"] = DateValue.from_dict(d["date"]) if d.get("date") else None
        d["location"] = Location.from_dict(d["location"]) if d.get("location") else None
        d["evidence"] = Evidence.from_dict(d["evidence"])
        d["response"] = Response.from_dict(d["response"]) if d.get("response") else None
        d["links"] = [EventLink.from_dict(x) for x in d.get("links", [])]
        return super().from_dict(d)


@dataclass
class Statement(_Record):
    """A direct or reported quote, its speaker and how it reads (stance), with evidence."""

    speaker: ActorRef | None
    quote: str
    cue: str | None
    stance: str
    date: DateValue | None
    venue: str | None
    emphasized_by: str | None
    evidence: Evidence
    direct: bool = True  # False for reported speech ("Wang told Sullivan that ...")

    @classmethod
    def from_dict(cls, data):
        d = dict(data)
        d["speaker"] = ActorRef.from_dict(d["speaker"]) if d.get("speaker") else None
        d["date"] = DateValue.from_dict(d["date"]) if d.get("date") else None
        d["evidence"] = Evidence.from_dict(d["evidence"])
        return super().from_dict(d)


@dataclass
class CounterpartCandidate(_Record):
    """Someone put forward as the counterpart, by which side, and on what basis."""

    actor: str
    country: str | None
    basis: str
    preferred_by: str | None
    actor_id: str | None = None
    evidence: Evidence | None = None

    @classmethod
    def from_dict(cls, data):
        d = dict(data)
        d["evidence"] = Evidence.from_dict(d["evidence"]) if d.get("evidence") else None
        return super().from_dict(d)


@dataclass
class Counterparts(_Record):
    """A counterpart question: for whom, and the candidates each side offers or prefers."""

    for_: str
    candidates: list[CounterpartCandidate] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"for": self.for_, "candidates": [c.as_dict() for c in self.candidates]}

    @classmethod
    def from_dict(cls, data):
        return cls(for_=data["for"],
                   candidates=[CounterpartCandidate.from_dict(c) for c in data.get("candidates", [])])


@dataclass
class ArticleMeta(_Record):
    """The article and what is known about it beyond its events."""

    id: str
    text: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    title: str | None = None
    language: str = "en"
    byline: str | None = None
    ai_assisted: bool = False
    cited_sources: list[str] = field(default_factory=list)
    boilerplate: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Readout(_Record):
    """Everything read from one article: the public result of `detente.read`."""

    article: ArticleMeta
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    counterparts: list[Counterparts] = field(default_factory=list)
    threads: list[dict[str, Any]] = field(default_factory=list)  # storylines, filled by the store

    def as_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        data = super().as_dict()
        if not include_text:
            data["article"].pop("text", None)
        return data

    @classmethod
    def from_dict(cls, data):
        art = dict(data["article"])
        art.setdefault("text", "")
        return cls(
            article=ArticleMeta.from_dict(art),
            actors=[Actor.from_dict(a) for a in data.get("actors", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
            statements=[Statement.from_dict(s) for s in data.get("statements", [])],
            counterparts=[Counterparts.from_dict(c) for c in data.get("counterparts", [])],
            threads=list(data.get("threads") or []),
        )


def normalise_text(text: str) -> str:
    """Canonical form used for the article id: NFC, unified quotes, collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def article_id(text: str) -> str:
    """Stable article id: a hash of the normalised text, so re-reading is idempotent."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def event_id(article: str, start: int, end: int, type_: str, status: str) -> str:
    """Stable event id from its article, evidence offsets, type and status."""
    key = f"{article}:{start}:{end}:{type_}:{status}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
