"""Occasions that are events of their own: "signed a pact during Sharif's visit to Riyadh", "at their first
meeting, the leaders signed ...". A visit or a meeting that belongs to named parties (a possessive, a "by"-
or "with"-phrase) is a CONSULT in its own right when another kind of act (a signing, an agreement) is told as
done at it; a gathering named only as a place ("signed at the G20 summit") and a meeting within a meeting
("met during the visit") stay the venue of the act (events._is_venue).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.syntax import prep_objects
from detente.nlp.triggers import trigger_for
from detente.records import Location

OCCASION_PREPS = {"at", "during"}
OWNER_PREPS = {"by", "with", "between"}
JOINT_ACTS = {"AGREE", "COOPERATE"}  # done together by those who met (events.JOINT_TYPES, less the meeting)


def owned_occasion(token: Token) -> bool:
    """Whether a visit or meeting names whose it is: "their summit", "Xi's visit", "a visit by Xi"."""
    if any(c.dep_ == "poss" for c in token.children):
        return True
    return bool(prep_objects(token, OWNER_PREPS)) or any(
        c.dep_ == "agent" for c in token.children)


def occasion_of_other_act(token: Token) -> bool:
    """"[act] during/at [an owned visit or meeting]", the act not itself a meeting: the occasion is an event."""
    own = trigger_for(token)
    if own is None or own.type != "CONSULT" or token.dep_ != "pobj" or token.head.lower_ not in OCCASION_PREPS:
        return False
    host = trigger_for(token.head.head)  # a verb that codes nothing ("approved a pact") is no meeting either
    return (host is None or host.type != "CONSULT") and owned_occasion(token)


def _act_words(host: Token) -> set[int]:
    """The words that tell the act done at an occasion: its verb, the verb's object ("signed a pact"), or the
    noun a relative clause describes ("the commitments they made at their summit")."""
    words = {host.i} | {c.i for c in host.children if c.dep_ in {"dobj", "nsubjpass"}}
    return words | ({host.head.i} if host.dep_ in {"relcl", "acl"} else set())


def _hosted_act(draft, drafts: list):
    """The act told as done at the occasion; for a visit whose host is not named, another act of the sentence
    that its visitor's state takes part in ("signed a pact ... during a visit by Xi")."""
    words = _act_words(draft.token.head.head)
    acts = [d for d in drafts if d.token.i in words and d.source and d.target]
    if not acts and draft.source and not draft.target:
        mine = draft.countries("source")
        acts = [d for d in drafts if d.sent.start == draft.sent.start and d.type != "CONSULT"
                and d.source and d.target and mine & d.parties()]
    return acts[0] if acts else None


def occasion_sides(drafts: list) -> None:
    """An owned occasion takes its parties from the act done at it: "their summit" is the agreeing pair's,
    and a visit "by Xi" (no host named) is to the act's other party."""
    for draft in drafts:
        if draft.type != "CONSULT" or not occasion_of_other_act(draft.token):
            continue
        act = _hosted_act(draft, drafts)
        if act is None:
            continue
        pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in draft.token.children)
        if pronoun or not (draft.source or draft.target):
            draft.source, draft.target, draft.party_anaphor = list(act.source), list(act.target), False
        elif draft.source and not draft.target:
            mine = draft.countries("source")
            draft.target = [r for r in act.source + act.target if r.country and r.country not in mine]
        if draft.mode == "visit" and draft.location is None and draft.target and draft.target[-1].country:
            draft.location = Location(name=None, country=draft.target[-1].country)  # a visit is at the host's


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds a word ("the meeting ... ended": ended)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head is not token:
        token = token.head
    return token


def _when_clause(meeting: Token) -> Token | None:
    """The 'when' clause a meeting is told in ("..., when X visited Y"), or None."""
    verb = _clause_verb(meeting)
    if verb.dep_ not in {"relcl", "advcl"} or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    return verb


def _told_at(act: Token, meeting: Token) -> bool:
    """Whether a meeting is the occasion of an act: in a 'when' clause hung on the act's clause ("a protocol
    signed in May, when X visited Y"; "an attempt to sign collapsed on Friday, when X's meeting with Y
    ended"), or the object of its "at"/"during" ("a pact signed during talks between X and Y")."""
    if meeting.dep_ == "pobj" and meeting.head.lower_ in OCCASION_PREPS and meeting.head.head == act:
        return True
    clause = _when_clause(meeting)
    if clause is None or act in clause.subtree:
        return False
    anchor = _clause_verb(clause.head)
    return clause.head in {act, act.head} or anchor == act or anchor in act.ancestors


def occasion_parties(drafts: list) -> None:
    """An act told with no parties of its own at a meeting of named parties takes the meeting's parties:
    those who met are those who signed ("a protocol signed in Cairo, when X visited Y")."""
    meetings = [d for d in drafts if d.type == "CONSULT" and d.source and d.target]
    for draft in drafts:
        if draft.type == "CONSULT" or draft.source or draft.target:
            continue
        meeting = next((m for m in meetings if m.sent.start == draft.sent.start
                        and _told_at(draft.token, m.token)), None)
        if meeting is None:
            continue
        draft.source, draft.target = list(meeting.source), list(meeting.target)
        draft.reciprocal = draft.reciprocal or draft.type in JOINT_ACTS
        draft.location = draft.location or meeting.location
