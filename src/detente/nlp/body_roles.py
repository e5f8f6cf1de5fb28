"""What a state's foreign ministry is, as its role ("South African foreign ministry"), when its own name does
not say so: "the Department of International Relations and Cooperation", "the Ministry of External Affairs"
or "the State Department" tell a reader nothing of whose ministry they are or what it does."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from detente.kb.base import KnowledgeBase
from detente.kb.institutions import STANDARD_MINISTRIES
from detente.nlp.mentions import Ref
from detente.nlp.statement_occasions import demonym

# the words by which the data marks a body as a state's foreign ministry (institutions.STANDARD_MINISTRIES)
FOREIGN_MARKS = next(marks for suffix, _, _, marks in STANDARD_MINISTRIES if suffix == "foreign-ministry")


def _foreign_ministry(kb: KnowledgeBase, ref: Ref) -> bool:
    """Whether the mention names a state's foreign ministry the KB knows (by its name or an alias)."""
    actor = kb.get(ref.actor_id) if ref.kind == "organisation" and ref.sector == "GOV" else None
    if actor is None or not actor.country:
        return False
    names = " | ".join([actor.name] + list(actor.aliases)).lower()
    return any(mark in names for mark in FOREIGN_MARKS)


def body_role(kb: KnowledgeBase, ref: Ref) -> Ref:
    """The mention's reference with its foreign ministry's role, when it has no role of its own."""
    if ref.role or not _foreign_ministry(kb, ref):
        return ref
    owner = demonym(ref.country)
    return replace(ref, role=f"{owner} foreign ministry") if owner else ref


def give_body_roles(kb: KnowledgeBase, mentions: list[Span]) -> None:
    """Set the foreign-ministry role on every mention of one."""
    for mention in mentions:
        mention._.ref = body_role(kb, mention._.ref)
