"""Invitations answered in kind: "X invited Y to visit, and Y invited X in turn", "Y returned the invitation".

A visit goes one way: the guest travels to the host (PLOVER CONSULT visit, the visitor as source). Two visits
told in one sentence in opposite directions are two acts, not one meeting named twice. "Returned the
invitation" ("reciprocated it") is an invitation the other way: the first invitee invites the inviter, whose
visit it proposes; the verb's other readings ("returned the prisoners": a release) do not apply.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.records import Location

RETURNING_VERBS = {"return", "reciprocate"}
INVITATION_NOUNS = {"invitation", "invite"}


def opposite_visits(a, b) -> bool:
    """Two visits told in one sentence whose visitors are each the other's host: two journeys."""
    if a.sent.start != b.sent.start or a.mode != "visit" or b.mode != "visit":
        return False
    mine, theirs = a.countries("source"), b.countries("source")
    return bool(mine) and bool(theirs) and not mine & theirs and mine <= b.countries("target") \
        and theirs <= a.countries("target")


def _returns_invitation(verb: Token) -> bool:
    """"returned the invitation", "reciprocated the invitation": the verb's object is an invitation."""
    return verb.lemma_.lower() in RETURNING_VERBS and any(
        o.dep_ == "dobj" and o.lemma_.lower() in INVITATION_NOUNS for o in verb.children)


def _reciprocates(verb: Token) -> bool:
    """"reciprocated" alone, after an invitation in the sentence ("... and Y reciprocated")."""
    return verb.lemma_.lower() == "reciprocate" and not any(c.dep_ == "dobj" for c in verb.children)


def _invitation_before(drafts: list, verb: Token):
    """The proposed visit the returning verb answers: the last one told before it, in its sentence or the one
    before."""
    sents = {verb.sent.start, verb.doc[verb.sent.start - 1].sent.start if verb.sent.start else verb.sent.start}
    told = [d for d in drafts if d.type == "CONSULT" and d.mode == "visit" and d.status == "proposed"
            and d.token.i < verb.i and d.sent.start in sents and d.source and d.target]
    return told[-1] if told else None


def returned_invitations(doc: Doc, drafts: list) -> list:
    """Drafts with each returned invitation told as a proposed visit the other way (see the module notes);
    another reading of the returning verb is dropped."""
    verbs = [t for t in doc if t.pos_ == "VERB" and (_returns_invitation(t) or _reciprocates(t))]
    for verb in verbs:
        invitation = _invitation_before(drafts, verb)
        if invitation is None:
            continue
        drafts = [d for d in drafts if d.token.i != verb.i]
        hosts = [r for r in invitation.target if r.country not in invitation.countries("source")]
        guests = list(invitation.source)
        where = Location(name=None, country=guests[0].country) if guests[0].country else None
        drafts.append(replace(invitation, token=verb, source=hosts, target=guests, date=None, location=where,
                              response=None, links=[], repeats=[], explicit=True))
    return drafts
