"""What the `detente kb` commands ask of a knowledge base: find an actor, describe it, list counterparts."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from detente.errors import InputError
from detente.kb.base import Candidate, KBActor, KnowledgeBase, Role


def parse_day(value: str | None, option: str = "--on") -> date | None:
    """A YYYY-MM-DD option value as a date (InputError naming the option otherwise)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"bad {option} value {value!r}: use YYYY-MM-DD, e.g. 2025-08-28") from None


def role_dict(role: Role | None) -> dict[str, Any] | None:
    return dataclasses.asdict(role) if role is not None else None


def candidate_dict(cand: Candidate) -> dict[str, Any]:
    a = cand.actor
    return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
            "via": cand.via, "score": round(cand.score, 3), "role": role_dict(cand.role)}


def actor_dict(kb: KnowledgeBase, actor: KBActor, on: date | None = None) -> dict[str, Any]:
    """The actor as JSON: its fields, every role, the role on the date, and (SqlKB) where it comes from."""
    data = {"id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
            "sector": actor.sector, "aliases": list(actor.aliases), "source": actor.source,
            "roles": [role_dict(r) for r in actor.roles], "role_on_date": role_dict(actor.role_on(on)),
            "on": on.isoformat() if on else None}
    describe = getattr(kb, "describe", None)
    extra = describe(actor.id) if describe else None
    if extra:
        data.update(origin=extra["origin"], wikidata=extra["wikidata"], surnames=extra["surnames"])
    else:
        data.update(origin="builtin", wikidata=None,
                    surnames=[s for s, i in getattr(getattr(kb, "data", None), "surnames", []) if i == actor.id])
    return data


def find_actor(kb: KnowledgeBase, text: str, on: date | None = None) -> KBActor | None:
    """An actor by id ("person:dong-jun", "state:CHN"), else the best candidate for the name on the date."""
    text = (text or "").strip()
    if not text:
        return None
    if ":" in text and (actor := kb.get(text)) is not None:
        return actor
    found = kb.candidates(text, on)
    return kb.get(found[0].actor.id) if found else None


def counterparts_of(kb: KnowledgeBase, actor: KBActor, on: date | None = None,
                    country: str | None = None) -> list[dict[str, Any]]:
    """Who the office-equivalence table makes this person's counterparts on a date.

    For every office (with a canonical key) the person held that day, and every other country the
    table pairs it with: the other office, the basis (formal or authority) and who held it then.
    Offices that every country shares (heads of state, foreign and defence ministers...) are listed
    only where the KB knows the holder; explicit pairs are listed even when the office was vacant.
    """
    roles = [r for r in actor.roles if r.active_on(on) and r.office_key]
    main = actor.role_on(on)
    roles.sort(key=lambda r: r is not main)
    rows: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    all_states = None
    for role in roles:
        home = role.country or actor.country
        if home is None:
            continue
        paired = kb.counterpart_countries(role.office_key, home) if hasattr(kb, "counterpart_countries") else []
        explicit = set(paired or [])
        if paired is None:
            if all_states is None:
                all_states = _state_codes(kb)
            paired = all_states
        for other in ([country] if country else paired):
            if other == home:
                continue
            for office, basis in kb.counterparts(role.office_key, home, other):
                slot = (role.office_key, other, office, basis)
                if slot in seen:
                    continue
                holders = (kb.office_holders(office, other, on) if hasattr(kb, "office_holders")
                           else [h for h in [kb.office_holder(office, other, on)] if h])
                if not holders and other not in explicit and country is None:
                    continue
                seen.add(slot)
                for holder in holders or [None]:
                    rows.append({"office": role.office_key, "title": role.office, "country": home,
                                 "other_country": other, "other_office": office, "basis": basis,
                                 "holder_id": holder.id if holder else None,
                                 "holder": holder.name if holder else None,
                                 "holder_title": _title(holder, office, on)})
    rows.sort(key=lambda r: (r["office"] != (main.office_key if main else None), r["other_country"],
                             r["basis"] != "formal", r["other_office"]))
    return rows


def _title(holder: KBActor | None, office: str, on: date | None) -> str | None:
    """The title under which the holder held the office on the date."""
    if holder is None:
        return None
    return next((r.office for r in holder.roles if r.office_key == office and r.active_on(on)), None)


def _state_codes(kb: KnowledgeBase) -> list[str]:
    """ISO codes of the states the KB knows."""
    tables = getattr(kb, "tables", None)
    if tables is not None:
        return sorted({c for c in tables.country_words.values() if c})
    return sorted({c for text, label in kb.surface_forms() if label == "COUNTRY" and (c := kb.country_code(text))})


__all__ = ["parse_day", "candidate_dict", "actor_dict", "find_actor", "counterparts_of", "role_dict"]
