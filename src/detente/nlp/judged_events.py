"""An event already told, named again as what someone judges: "X called the agreement historic" is no
agreement by X, but the earlier agreement spoken of."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft
from detente.nlp.trigger_accusations import TELLING

DEFINITE = {"the", "this", "that"}
WINDOW = 4  # sentences back an event named again may be found


def _judged_object(token: Token) -> bool:
    """A definite event noun that is the object of a verb with a subject ("Erdogan called the deal ...")."""
    verb = token.head
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and verb.pos_ == "VERB" \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) \
        and not any(c.dep_ == "prep" for c in token.children)  # "the deal with X" names its own parties


def _subject_only(d: Draft) -> bool:
    """The draft's parties are just the clause subject (no target of its own)."""
    subject = next((c for c in d.token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and not d.target and bool(d.source)


def merge_judged_events(drafts: list[Draft], index: dict[int, int]) -> list[Draft]:
    """Drop a judged definite event whose subject is none of the parties of an earlier event of its kind."""
    kept: list[Draft] = []
    for d in drafts:
        prev = None
        if _judged_object(d.token) and _subject_only(d):
            here = index[d.sent.start]
            prev = next((p for p in reversed(kept) if p.type == d.type and p.source and p.target
                         and here - index[p.sent.start] <= WINDOW
                         and not (d.countries("source") & (p.countries("source") | p.countries("target")))), None)
        if prev is None:
            kept.append(d)
        else:
            prev.repeats.append(d.token)
    return _allegations_after_acts(kept)


def _allegations_after_acts(drafts: list[Draft]) -> list[Draft]:
    """"X said Y's ship rammed Z": the attack told stays the sentence's first event and the teller's allegation
    (ACCUSE allege on the telling verb, trigger_accusations._attack_told) follows it, since the act is what the
    sentence reports and the allegation is about it. One pass, moving each allegation past its act."""
    out = list(drafts)
    for d in drafts:
        if d.type != "ACCUSE" or d.mode != "allege" or d.token.lemma_.lower() not in TELLING:
            continue
        told = {t.i for t in d.token.subtree}
        acts = [a for a in out if a.type == "ASSAULT" and a.token.i in told and a.token.i > d.token.i]
        if acts:
            out.remove(d)
            out.insert(out.index(acts[-1]) + 1, d)
    return out
