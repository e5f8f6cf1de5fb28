"""The day of an act told in the present perfect, from the next sentences' dated announcement of it:
"Spain has withdrawn its ambassador ... . The minister announced the step on Tuesday"."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.doc_cache import sentence_index, sentences
from detente.nlp.trigger_dates import attached_day
from detente.records import DateValue

ANNOUNCE_LEMMAS = {"announce", "confirm", "disclose", "unveil", "declare", "publicize", "publicise"}
# nouns that take up an act just told ("the step", "the decision"): no new act of their own
ACT_ANAPHORS = {"step", "decision", "move", "measure", "action", "withdrawal", "recall", "expulsion", "revocation",
                "suspension", "closure", "ban", "restriction", "decree", "order"}
DEFINITE = {"the", "this", "that", "its", "their", "his", "her"}
REACH = 2  # sentences after the act in which its announcement may be told


def _act_anaphor(verb: Token) -> Token | None:
    """"announced the step", "confirmed the decision": the object of an announcing verb that is a definite
    noun for an act already told."""
    if verb.lemma_.lower() not in ANNOUNCE_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ACT_ANAPHORS
                 and any(g.dep_ in {"det", "poss"} and g.lower_ in DEFINITE for g in c.children)), None)


def _day_of(verb: Token, noun: Token) -> DateValue | None:
    """The day on the announcing verb, or on its object ("announced the step on Tuesday", hung on "step")."""
    day = attached_day(verb)
    if day is None:
        day = next((s._.date for s in verb.doc.spans.get("dates", []) if s.root.head.dep_ == "prep"
                    and s.root.head.head.i == noun.i), None)
    return day if day is not None and day.value else None


def announced_day(token: Token) -> DateValue | None:
    """The day a following sentence dates the announcement of the act at `token` by, if it tells one."""
    doc = token.doc
    sents, here = sentences(doc), sentence_index(doc)[token.sent.start]
    for sent in sents[here + 1:here + 1 + REACH]:
        for verb in (t for t in sent if t.pos_ == "VERB"):
            noun = _act_anaphor(verb)
            day = _day_of(verb, noun) if noun is not None else None
            if day is not None:
                return day
    return None
