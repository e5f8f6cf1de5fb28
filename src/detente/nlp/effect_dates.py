"""The day a measure takes effect: "the tariff, announced last week, came into force on Thursday" dates the
tariff to Thursday (the announcing is another moment), and "Both cuts are due to take effect on Wednesday"
dates the measures to come that the sentence before announced."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Token

from detente.nlp.doc_cache import sentence_index, sentences
from detente.nlp.stance_relief import MEASURE_NOUNS
from detente.nlp.trigger_dates import LEADING, attached_day, effect_verb
from detente.records import DateValue

# acts that are measures, which take effect: not meetings, words or moves of forces
MEASURE_TYPES = {"SANCTION", "CONCEDE", "AGREE", "COOPERATE", "RETREAT", "AID"}


def _effect_sentences(doc: Doc, drafts) -> list[tuple[Token, Token]]:
    """(subject, effect verb) of sentences whose subject, no event of its own, is said to take effect."""
    triggers = {d.token.i for d in drafts} | {r.i for d in drafts for r in d.repeats}
    found = []
    for token in doc:
        verb = effect_verb(token) if token.i not in triggers and token.pos_ in {"NOUN", "PROPN"} else None
        if verb is not None:
            found.append((token, verb))
    return found


def date_by_effect(doc: Doc, drafts) -> None:
    """"X will cut its duties, while Y will lower its levies. Both reductions are due to take effect on
    Wednesday": measures still to come, announced in the sentence before, take the day they take effect;
    a date of the announcement ("under a statement issued on Monday") is not theirs."""
    sents, order = sentences(doc), sentence_index(doc)
    for noun, verb in _effect_sentences(doc, drafts):
        day = attached_day(verb)
        here = order[noun.sent.start]
        if day is None or here == 0:
            continue
        before = sents[here - 1]
        for d in drafts:
            if d.token.sent.start == before.start and d.status == "planned" and d.type in MEASURE_TYPES \
                    and not _dated_ahead(d, doc._.published):
                d.date = day


def defer_by_effect(doc: Doc, drafts) -> None:
    """"Trump signed an order imposing a tariff on X. The levy will take effect in 21 days": an imposed
    measure that the next sentence says takes effect later is still to come (planned), dated by its start."""
    sents, order = sentences(doc), sentence_index(doc)
    for noun, verb in _effect_sentences(doc, drafts):
        here = order[noun.sent.start]
        if here == 0 or noun.lemma_.lower() not in MEASURE_NOUNS or not _still_ahead(verb):
            continue
        for d in drafts:
            if d.token.sent.start == sents[here - 1].start and d.type == "SANCTION" and d.status == "occurred":
                d.status = "planned"
                d.date = attached_day(verb) or _days_later(verb, d.date or _announced_day(d.token))


def _still_ahead(verb: Token) -> bool:
    """"will take effect", "is due to take effect": the effect is told as to come."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "would", "'ll"} for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lower_ in LEADING or
                                     any(c.dep_ == "acomp" and c.lower_ in LEADING for c in verb.head.children))


def _announced_day(token: Token) -> DateValue | None:
    """The day on the measure's word or the verbs it is told under ("on Wednesday signed an order imposing")."""
    for node in [token] + list(token.ancestors)[:3]:
        day = attached_day(node)
        if day is not None:
            return day
    return None


def _days_later(verb: Token, announced: DateValue | None) -> DateValue | None:
    """"in 21 days", "21 days after the order": a count of days from the day the measure was announced."""
    if announced is None or announced.value is None:
        return None
    for unit in (t for t in verb.subtree if verb in {t.head, t.head.head}):
        count = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
        if unit.lemma_.lower() != "day" or count is None or not count.text.isdigit():
            continue
        start = date.fromisoformat(announced.value) + timedelta(days=int(count.text))
        return DateValue(value=start.isoformat(), precision="day", text=f"{unit.head.text} {count.text} {unit.text}")
    return None


def _dated_ahead(d, published) -> bool:
    """The measure already has a day still to come of its own ("will cut duties from June 1")."""
    return d.date is not None and published is not None and (d.date.first or "") > published.isoformat()
