"""Efforts halted: "suspended its efforts to mediate between Israel and Hamas" is one act, the halt (PLOVER
SANCTION withdraw), aimed at the parties the dropped effort served; the effort is no event of its own."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.ontology import Trigger
from detente.nlp.clause_subjects import children
from detente.nlp.subject_actors import between_parties


def halted_effort(token: Token, triggers: dict) -> bool:
    """The verb naming an effort whose halt is coded as a withdrawal ("suspended its efforts to mediate")."""
    effort = token.head
    if token.dep_ not in {"acl", "relcl"} or effort.dep_ != "dobj":
        return False
    halt = triggers.get(effort.head.i)
    return halt is not None and halt.type == "SANCTION" and halt.mode == "withdraw"


def halted_targets(doc: Doc, token: Token, trigger: Trigger) -> list:
    """The parties "between" whom a halted effort worked: the withdrawal's targets."""
    if trigger.type != "SANCTION" or trigger.mode != "withdraw" or token.pos_ != "VERB":
        return []
    efforts = [v for o in children(token, {"dobj"}) for v in children(o, {"acl", "relcl"})]
    between = [o for v in efforts for p in children(v, {"prep"}) if p.lower_ == "between"
               for o in children(p, {"pobj"})]
    return between_parties(doc, between[0]) if between else []
