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
from detente.nlp.clauses import condition_clauses
from detente.nlp.modal_status import reported_clause
from detente.nlp.tense import tense_verb
from detente.nlp.arguments import refs_for
from detente.nlp.clause_subjects import children

THREATENING = {"threaten"}
# Words that name the threatening itself: a modal on them is the threat's own ("could warn", "may threaten").
THREAT_WORDS = {"threaten", "warn", "caution", "threat", "warning", "ultimatum"}
# Shows of force are no threat when announced (a planned drill is planned), but threatening one threatens force:
# "threatened to send troops" is a threat of violence (PLOVER THREATEN 'violence').
THREATENED_FORCE = {"MOBILIZE": "violence"}
# The threatener's own tense: "threatened", "threatens", "has threatened" say the threat was made.
MADE_TAGS = {"VBD", "VBZ", "VBP", "VBN"}
# Statuses that say no threat was made or that the act is no longer threatened.
UNMADE = {"negated", "declined", "cancelled"}


def threatened_act(governor: Token | None, trigger: Trigger, mode: str | None, status: str,
                   conditional: bool = False) -> Trigger | None:
    """"Somalia threatened to expel Ethiopian troops": a conflictual act under a told "threaten" is the
    threat itself (THREATEN, its mode what is threatened), or None when the governor is no threat;
    `conditional`: the act is a harm told on a condition (see conditional_harm), a threat whatever governs it."""
    modes = THREAT_MODES | THREATENED_FORCE
    if conditional:
        return Trigger("THREATEN", MODE_THREATS.get(mode or "", THREAT_MODES[trigger.type]))
    if governor is None or governor.lemma_.lower() not in THREATENING or trigger.type not in modes:
        return None
    if status in UNMADE or governor.tag_ not in MADE_TAGS or _modal(governor):
        return None  # "did not threaten", "may threaten to ...": no threat made
    return Trigger("THREATEN", MODE_THREATS.get(mode or "", modes[trigger.type]))


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def warning_status(verb: Token) -> str:
    """"warned that if X did Y, X would pay": the warning is the event and was made when told; the "if" is
    the threat's condition, not a doubt about the warning (a threat on an if is THREATEN occurred)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return "negated"  # "did not warn that ..."
    return "hypothetical" if _modal(verb) else "occurred"  # "could warn": only a warning supposed


def made_threat(verb: Token, trigger: Trigger | None, modal_status: str | None, reported: bool) -> bool:
    """"said Moscow would retaliate": a THREATEN whose only future is the reported "would" of the harm was
    made when it was told (the harm, not the threat, lies ahead); so was one whose harm hangs on an "if"
    ("said it would respond if attacked"), unless the modal is the threatening word's own ("could warn")."""
    if trigger is None or trigger.type != "THREATEN" or not reported:
        return False
    if modal_status == "planned":
        return True
    return modal_status == "hypothetical" and verb.lemma_.lower() not in THREAT_WORDS and \
        bool(condition_clauses(verb))


SUPPOSED = {"hypothetical", "planned"}


def conditional_harm(token: Token, trigger: Trigger, status: str) -> bool:
    """"said it would halt its mediation if the round failed": a conflictual act reported as supposed on an
    "if"/"unless" is a warning of harm (PLOVER THREATEN, made when told), not a hypothetical act."""
    # "sanctions would be prepared if ...": a preparing governor makes it planned, the condition still rules it
    if trigger.type not in THREAT_MODES or status not in SUPPOSED:
        return False
    verb = tense_verb(token)
    return bool(condition_clauses(verb)) and reported_clause(verb)


def conditional_sides(doc, token: Token, source: list, target: list) -> tuple[list, list]:
    """"X said sanctions would be prepared together with Y if Moscow rejected the truce": the teller warns,
    and the subject of the condition is the one warned (not a partner of the harm, "together with Y")."""
    verb = tense_verb(token)
    warned = [r for a in condition_clauses(verb) for s in children(a, {"nsubj", "nsubjpass"})
              for r in refs_for(doc, s, loose=True)]
    teller = verb.head if verb.dep_ == "ccomp" else None
    tellers = [r for s in children(teller, {"nsubj"}) for r in refs_for(doc, s)] if teller is not None else []
    source = source or tellers
    own = {r.actor_id for r in source} | {r.country for r in source if r.country}
    warned = [r for r in warned if r.actor_id not in own and r.country not in own]
    return (source, warned) if warned else (source, target)
