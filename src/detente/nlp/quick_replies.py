"""Replies told "within hours": "X signed an order on Wednesday ... India replied within hours, calling the
move unfair". The phrase counts from the act replied to, not from the day the story last named (a step
told in between, "a separate tariff came into force on Thursday"), so the reply takes the day of the lead's
act against the replier: the news the article is about and the reply answers."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.events import Draft
from detente.nlp.news_day import lead_root_day, lead_sentence
from detente.nlp.syntax import governing_verb, prep_objects

REPLY_LEMMAS = {"reply", "respond", "react", "retort", "answer", "retaliate"}
QUICK_UNITS = {"hour", "minute"}


def _quick(verb: Token) -> bool:
    """"replied within hours", "responded within minutes": the reply follows the act it answers at once."""
    return any(g.lemma_.lower() in QUICK_UNITS for g in prep_objects(verb, {"within"}))


def quick_reply_verb(token: Token) -> Token | None:
    """The reply verb told "within hours" the act word is (or hangs from: "replied within hours, calling ...")."""
    verb = governing_verb(token)
    for v in dict.fromkeys([verb, verb.head] if verb.dep_ in {"advcl", "xcomp", "conj"} else [verb]):
        if v.lemma_.lower() in REPLY_LEMMAS and _quick(v):
            return v
    return None


def _answered_day(d: Draft, drafts: list[Draft], doc: Doc):
    """The day of the lead's act against the replier's side (the news the reply answers), if the lead dates it."""
    lead = lead_sentence(doc)
    mine = d.countries("source")
    if lead is None or not mine or d.sent.start == lead.start:
        return None
    if not any(p is not d and p.sent.start == lead.start and p.countries("target") & mine for p in drafts):
        return None
    return lead_root_day(doc, lead)


def date_quick_replies(doc: Doc, drafts: list[Draft]) -> None:
    """An undated reply told "within hours" takes the day of the act it answers (module doc)."""
    for d in drafts:
        if d.date is None and quick_reply_verb(d.token) is not None:
            d.date = _answered_day(d, drafts, doc)
