"""An act aimed at its own side: the recipient a reader supplies instead, the partner the story gives.

The sentence-level rules sometimes hand an act its own source's state as recipient: a clause subject that
restates the doer ("warned that the United States would act"), one of its own nationals ("concern about a
British publisher on trial abroad"), its own building ("a U.S. base", "the White House"). A state does not
warn, accuse or concede to itself, and a visit is not paid to one's own country: PLOVER codes such an act
against the other side, the one the source faces in the story around it (nlp/dyad_targets.py). A visit
placed at the source's own home was paid by that partner instead (the host was read as the visitor).
Reciprocal acts (both sides on each side) keep their lists.
"""

from __future__ import annotations

from detente.nlp.dyad_targets import AIMED_TYPES, around_partner, as_target
from detente.nlp.arguments import with_country
from detente.nlp.sides import party_key


def _own_keys(draft) -> set[str] | None:
    """The one state the act's source stands for, when its recipients are all of that state too."""
    own = {party_key(r) for r in draft.source} - {None}
    aimed = {party_key(r) for r in draft.target} - {None}
    if len(own) != 1 or not aimed or not aimed <= own or own == {"IGO"}:
        return None
    return own


def _met_at_home(draft, own: set[str]) -> bool:
    """A visit or meeting told at the source's own home: the source is the host, its guest unread."""
    return draft.type == "CONSULT" and draft.location is not None and draft.location.country in own


def _conjoined_recipients(drafts: list, draft, own: set[str]) -> list:
    """"phoned both leaders and warned that Washington would ...": a verb conjoined to the act, with the
    same doer, names whom both are aimed at."""
    for other in drafts:
        if other is draft or other.token not in draft.token.conjuncts:
            continue
        if {party_key(r) for r in other.source} - {None} == own:
            found = [r for r in other.target if party_key(r) not in own | {None}]
            if found:
                return found
    return []


def _guessed_people(target: list, partner) -> list:
    """People the knowledge base does not know, placed in the source's country only because the sentence
    named no other ("held talks with Prime Minister X, Y's presidency said"): of the partner they face."""
    if not partner.country or partner.sector == "IGO":
        return []
    return [with_country(r, partner.country) for r in target if r.kind == "person" and r.via == "unknown"]


def own_side_targets(drafts: list, kb) -> None:
    """Give an act aimed at its own source's state the source's partner in the article instead."""
    for draft in drafts:
        if draft.type not in AIMED_TYPES | {"CONSULT"} or (own := _own_keys(draft)) is None:
            continue
        if draft.type != "CONSULT" and (named := _conjoined_recipients(drafts, draft, own)):
            draft.target = list({party_key(r): as_target(r, kb) for r in named}.values())
            continue
        partner = around_partner(drafts, draft)
        if partner is None or party_key(partner) in own:
            continue
        if _met_at_home(draft, own):  # the host was read as the visitor: the partner came to it
            draft.source = [as_target(partner, kb)]
        else:
            draft.target = [as_target(partner, kb)] + _guessed_people(draft.target, partner)
