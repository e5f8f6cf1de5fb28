"""Threats recorded as the act of threatening. PLOVER THREATEN: threats are verbal acts, and its mode is the
*content* of the threat (restrict, arrest, expel, relations, violence). So "threatened to expel the troops"
is a THREATEN (mode expel) made when told, not an expulsion still to come; and "said Moscow would
retaliate" is a threat already made, though the retaliation lies ahead. Asked by `events.draft_event`
and `status.status_of`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.plover_strict import MODE_THREATS, THREAT_MODES
from detente.events.ontology import Trigger

THREATENING = {"threaten"}
# The threatener's own tense: "threatened", "threatens", "has threatened" say the threat was made.
MADE_TAGS = {"VBD", "VBZ", "VBP", "VBN"}
# Statuses that say no threat was made or that the act is no longer threatened.
UNMADE = {"negated", "declined", "cancelled"}


def threatened_act(governor: Token | None, trigger: Trigger, mode: str | None, status: str) -> Trigger | None:
    """"Somalia threatened to expel Ethiopian troops": a conflictual act under a told "threaten" is the
    threat itself (THREATEN, its mode what is threatened), or None when the governor is no threat."""
    if governor is None or governor.lemma_.lower() not in THREATENING or trigger.type not in THREAT_MODES:
        return None
    if status in UNMADE or governor.tag_ not in MADE_TAGS or _modal(governor):
        return None  # "did not threaten", "may threaten to ...": no threat made
    return Trigger("THREATEN", MODE_THREATS.get(mode or "", THREAT_MODES[trigger.type]))


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def made_threat(trigger: Trigger | None, modal_status: str | None, reported: bool) -> bool:
    """"said Moscow would retaliate": a THREATEN whose only future is the reported "would" of the harm was
    made when it was told (the harm, not the threat, lies ahead)."""
    return trigger is not None and trigger.type == "THREATEN" and modal_status == "planned" and reported
