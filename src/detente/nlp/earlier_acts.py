"""Acts told as coming before the act around them: a participle naming a thing by an earlier act ("boats seized by
the militia"), an act a response phrase answers ("in retaliation for strikes on Sunday"). An undated act told
after or around them does not continue from their day (used by event_dates.fill_dates)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft
from detente.nlp.trigger_dates import RESPONSE_NOUNS


def names_by_earlier_act(d: Draft, p: Draft) -> bool:
    """`d` is a past participle naming a thing in `p`'s clause by an act done before ("demanded the return of
    boats seized by the militia"): the seizing is no part of the demand, nor on its day."""
    token = d.token
    return token.dep_ == "acl" and token.tag_ == "VBN" and any(a.i == p.token.i for a in token.ancestors)


def answered_act(token: Token) -> bool:
    """"fired missiles in retaliation for strikes on Sunday": the act a response phrase names came before the news
    told around it, so acts told after it do not continue from its day."""
    return any(a.dep_ == "pobj" and a.lemma_.lower() in RESPONSE_NOUNS and a.head.lower_ in {"in", "as"}
               for a in token.ancestors)


def told_before(d: Draft, p: Draft) -> bool:
    """`p` is told as earlier than the news `d` continues: named by a participle inside it, or answered by an act."""
    return names_by_earlier_act(d, p) or answered_act(p.token)
