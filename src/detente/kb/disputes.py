"""Counterpart disputes, stored with the event they concern (table counterpart_claims).

    from detente.kb.disputes import record_counterparts, counterpart_claims
    store.save(readout)
    record_counterparts(store, readout, kb)       # once per article
    counterpart_claims(store, actor="person:pete-hegseth")

A readout's `counterparts` say, for someone (`for`), whom each side puts forward as the counterpart
(`candidates`: actor, preferred_by, basis as the text gives it, evidence). Each candidate becomes a
row: who it is for and who is offered (names, KB ids and the offices they held on the article's
date), which side prefers it and on what basis, what the KB's office-equivalence table says of the
pairing (`kb_basis`: formal, authority, or null when the table does not pair the two offices), the
sentence, and the event of the article it concerns: the event naming either person (both count
more) whose evidence is nearest, preferring one read from the same sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.exc import IntegrityError

from detente.kb.base import KnowledgeBase
from detente.kb.unknown import _day, _has_article, _scanned, kb_of, mark_scanned


def _actor_for(readout: Any, name: str | None, actor_id: str | None = None):
    """The readout actor with this id, name or mention."""
    for actor in readout.actors:
        if actor_id and actor.id == actor_id:
            return actor
    for actor in readout.actors:
        if name and (actor.name == name or name in actor.mentions):
            return actor
    return None


def _offices(kb: KnowledgeBase, actor_id: str | None, on: date | None) -> list[tuple[str | None, str | None]]:
    """(office key, country) of every role a KB person held on the date, the main one first."""
    actor = kb.get(actor_id) if actor_id else None
    if actor is None:
        return [(None, None)]
    main = actor.role_on(on)
    roles = [main] + [r for r in actor.roles if r.active_on(on) and r is not main and r.office_key] if main else []
    return [(r.office_key, r.country or actor.country) for r in roles] or [(None, actor.country)]


def _pairing(kb: KnowledgeBase, mine: list, theirs: list, country: str | None) -> tuple[int, int, str | None]:
    """(index into mine, index into theirs, basis) of the first pair of offices the table makes equal."""
    for i, (office, home) in enumerate(mine):
        for j, (other, abroad) in enumerate(theirs):
            if office and other and home and (abroad or country):
                for key, basis in kb.counterparts(office, home, abroad or country):
                    if key == other:
                        return i, j, basis
    return 0, 0, None


def _event_position(readout: Any, people: set[str], evidence: Any) -> int | None:
    """Index of the event a claim concerns: it names one of the people; same sentence, then nearest."""
    best, best_score = None, None
    for i, event in enumerate(readout.events):
        refs = list(event.source) + list(event.target)
        named = {r.actor_id for r in refs if r.actor_id} | {r.name for r in refs if r.name}
        overlap = len(people & named)
        same = bool(evidence) and event.evidence.start < evidence.end and evidence.start < event.evidence.end
        if overlap == 0 and not same:
            continue
        distance = abs(event.evidence.start - evidence.start) if evidence else i
        score = (overlap, same, -distance)
        if best_score is None or score > best_score:
            best, best_score = i, score
    return best


def claim_rows(readout: Any, kb: KnowledgeBase) -> list[dict[str, Any]]:
    """The counterpart_claims rows of a readout (event_position instead of the stored event id)."""
    on = _day(readout.article.published)
    rows = []
    for q, question in enumerate(readout.counterparts):
        target = _actor_for(readout, question.for_)
        target_id = target.id if target else None
        target_roles = _offices(kb, target_id, on)
        for c, cand in enumerate(question.candidates):
            offered = _actor_for(readout, cand.actor, cand.actor_id)
            offered_id = cand.actor_id or (offered.id if offered else None)
            offered_roles = _offices(kb, offered_id, on)
            i, j, kb_basis = _pairing(kb, target_roles, offered_roles, cand.country)
            target_office = target_roles[i][0]
            offered_office, offered_country = offered_roles[j]
            people = {x for x in (target_id, question.for_, offered_id, cand.actor) if x}
            evidence = cand.evidence
            rows.append({
                "article_id": readout.article.id, "question": q, "candidate": c,
                "event_position": _event_position(readout, people, evidence),
                "for_name": question.for_, "for_actor_id": target_id, "for_office_key": target_office,
                "candidate_name": cand.actor, "candidate_actor_id": offered_id,
                "candidate_office_key": offered_office, "country": cand.country or offered_country,
                "preferred_by": cand.preferred_by, "basis": cand.basis, "kb_basis": kb_basis,
                "sentence": evidence.sentence if evidence else None,
                "evidence_start": evidence.start if evidence else None,
                "evidence_end": evidence.end if evidence else None,
                "published": readout.article.published,
            })
    return rows


def record_counterparts(store: Any, readout: Any, kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """Store a saved article's counterpart claims, each tied to its event (once per article)."""
    from detente.store.schema import counterpart_claims as claims, events
    kb = kb if kb is not None else kb_of(store)
    aid = readout.article.id
    with store.engine.connect() as conn:
        if _scanned(conn, aid, "counterparts") or not _has_article(conn, aid):
            return []
    rows = claim_rows(readout, kb)
    try:
        with store.engine.begin() as conn:
            if _scanned(conn, aid, "counterparts"):
                return []
            keys = dict(conn.execute(select(events.c.position, events.c.id).where(events.c.article_id == aid)).all())
            for row in rows:
                row["event_id"] = keys.get(row.pop("event_position"))
            mark_scanned(conn, aid, "counterparts")
            if rows:
                conn.execute(insert(claims), rows)
    except IntegrityError:
        return []
    return rows


def counterpart_claims(store: Any, *, event_id: str | None = None, actor: str | None = None,
                       article_id: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored claims, newest article first; `actor` matches either side's id or name (any case)."""
    from detente.store.schema import counterpart_claims as claims
    query = select(claims)
    if event_id:
        query = query.where(claims.c.event_id == event_id)
    if article_id:
        query = query.where(claims.c.article_id == article_id)
    if actor:
        pattern = f"%{actor.lower()}%"
        query = query.where(or_(*(c.ilike(pattern) for c in (claims.c.for_actor_id, claims.c.for_name,
                                                              claims.c.candidate_actor_id, claims.c.candidate_name))))
    query = query.order_by(claims.c.published.desc(), claims.c.article_id, claims.c.question, claims.c.candidate)
    if limit:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def record_readout(store: Any, readout: Any, kb: KnowledgeBase | None = None) -> None:
    """Everything the KB keeps about a saved readout: its unknown names and its counterpart claims."""
    from detente.kb.unknown import record_unknown
    kb = kb if kb is not None else kb_of(store)
    record_unknown(store, readout, kb)
    record_counterparts(store, readout, kb)
