"""Meetings told by what one side said to the other: "Kim told Shoigu in Pyongyang that ...", "Xi told his
guest that ...", "he had assured the emir that ...".

Telling a leader of another state something, or one's guest, is a contact between the two (PLOVER CONSULT;
the medium stays open when the text does not give it), as a call or a meeting is; what was said stays a
statement of its own. Most such sentences tell again a meeting the article has already reported: they join
it as a further mention. Only when the article reports no meeting between the two states is the telling the
meeting's own report. A guest is someone the host receives: the telling joins the host's meeting in view, and
makes no event when there is none (who the guest is, only that meeting says).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.ontology import Trigger
from detente.nlp.arguments import refs_for
from detente.nlp.extensions import flagged

# Verbs of telling someone something (warning and urging code threats and requests of their own).
TELLING_VERBS = {"tell", "assure", "reassure", "inform", "brief"}
GUEST_WORDS = {"guest", "guests", "visitor", "visitors"}
OWNERS = {"his", "her", "their", "its", "the"}
TELLERS = {"person", "state"}


def _addressee(verb: Token) -> Token | None:
    """Whom the verb tells: its object ("told Shoigu", "assured the emir, Sheikh Tamim")."""
    return next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)


def _is_guest(token: Token) -> bool:
    """"his guest", "the visitors": the one the host receives."""
    return token.lower_ in GUEST_WORDS and any(c.dep_ in {"poss", "det"} and c.lower_ in OWNERS
                                               for c in token.children)


def _first_ref(doc: Doc, token: Token | None):
    """The first actor an argument names (or the name set beside it: "the emir, Sheikh Tamim")."""
    refs = refs_for(doc, token, with_conjuncts=False) if token is not None else []
    return refs[0] if refs else None


def telling(doc: Doc, verb: Token) -> tuple[str | None, str | None] | None:
    """(teller's country, hearer's country) of "X told Y ..." between two states; the hearer's country is None
    for "told his guest"; None when the verb tells no one of another state."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TELLING_VERBS:
        return None
    heard = _addressee(verb)
    teller = _first_ref(doc, next((c for c in verb.children if c.dep_ == "nsubj"), None))
    if heard is None or teller is None or teller.kind not in TELLERS or not teller.country:
        return None
    if _is_guest(heard):
        return teller.country, None
    hearer = _first_ref(doc, heard)
    if hearer is None or hearer.kind != "person" or not hearer.country or hearer.country == teller.country:
        return None  # telling one's own officials, the press or a body is no contact between states
    return teller.country, hearer.country


def _same_days(a, b) -> bool:
    """Two dates that may be the same day (either unknown, or ranges that overlap)."""
    if a is None or b is None:
        return True
    return (a.first or "") <= (b.last or "9999") and (b.first or "") <= (a.last or "9999")


def _meeting_of(drafts: list, told, pair: tuple[str | None, str | None]):
    """The meeting the telling tells again: a CONSULT that took place with both states (with the host and
    another, for a guest) on a day the telling may be of; the latest before the sentence, else the first after."""
    def fits(d) -> bool:
        states = d.countries("source") | d.countries("target")
        return d.type == "CONSULT" and d.status == "occurred" and {c for c in pair if c} <= states \
            and len(states) > 1 and _same_days(d.date, told.date)
    meetings = sorted((d for d in drafts if fits(d)), key=lambda d: d.token.i)
    before = [d for d in meetings if d.token.i < told.token.i]
    return before[-1] if before else next(iter(meetings), None)


def told_meetings(doc: Doc, drafts: list, trigger_tokens: set[int], kb) -> list:
    """New meeting drafts for tellings between states with no meeting reported; other tellings become mentions
    of the meeting they tell again."""
    from detente.nlp.events import draft_event  # events.py hooks this module in: import at call time
    skip, quoted, headlines = flagged(doc, "skip"), flagged(doc, "in_quote"), doc._.headline_sents or set()
    drafted = {d.token.i for d in drafts}
    found: list = []
    for verb in doc:
        if verb.i in drafted or verb.idx in skip or verb.idx in quoted or verb.sent.start in headlines:
            continue
        pair = telling(doc, verb)
        told = draft_event(doc, verb, Trigger("CONSULT"), trigger_tokens, kb) if pair is not None else None
        if told is None:
            continue
        meeting = _meeting_of(drafts + found, told, pair)
        if meeting is not None:  # told again: its day and place are the meeting's, when that has none yet
            meeting.repeats.append(verb)
            meeting.date, meeting.location = meeting.date or told.date, meeting.location or told.location
        elif pair[1] is not None:
            found.append(told)
    return found
