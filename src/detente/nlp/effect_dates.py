"""The day a measure takes effect: "the tariff, announced last week, came into force on Thursday" dates the
tariff to Thursday (the announcing is another moment), and "Both cuts are due to take effect on Wednesday"
dates the measures to come that the sentence before announced."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.doc_cache import sentence_index, sentences
from detente.nlp.trigger_dates import attached_day, effect_verb

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


def _dated_ahead(d, published) -> bool:
    """The measure already has a day still to come of its own ("will cut duties from June 1")."""
    return d.date is not None and published is not None and (d.date.first or "") > published.isoformat()
