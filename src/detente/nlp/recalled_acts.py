"""Agreements recalled with their own time: "the Lombok Treaty of 2006", "the 1974 disengagement agreement".

News recalls earlier agreements in passing, by a name or noun carrying the year or month they were made.
Proper names never trigger (nlp/triggers.py), and a common noun told as a topic of other talks has no sides
of its own, so such agreements made no event or took their sentence's day. An agreement noun whose own
phrase dates it before publication took place then; its sides are its own, else the states its sentence
names, else the pair of the engagement just told. Also: an act told with a "when"-clause takes that
clause's date ("the treaty they signed when Putin visited Pyongyang in June last year").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.events.ontology import Trigger
from detente.nlp.arguments import sentence_refs
from detente.nlp.extensions import flagged
from detente.nlp.trigger_dates import attached_day

# heads of agreements' proper names ("the Treaty of Versailles", "the Minsk Agreements", "the Oslo Accords")
NAMED_ACCORD_HEADS = {"treaty", "accord", "accords", "agreement", "agreements", "pact", "protocol", "convention"}
# coarse times an act's name carries: a day names an occasion the sentence itself dates
OWN_TIME_PRECISIONS = {"year", "month"}
# engagements whose two sides a later recalled agreement is between ("signed a pact ... builds on the treaty of")
PAIR_TYPES = {"AGREE", "CONSULT"}


def _own_time(doc: Doc, noun: Token) -> Span | None:
    """A year or month inside the noun's own phrase: "of 2006", "the 1995 Treaty", "Treaty (2006)"."""
    spans = doc.spans.get("dates", [])
    mine = {c.i for c in noun.children if c.dep_ in {"nummod", "compound", "amod", "npadvmod", "appos"}}
    mine |= {o.i for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
             for o in p.children if o.dep_ == "pobj"}
    # the parser often hangs "of 1978" on the verb: the phrase right after the name is still the name's
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in {"of", "from"}:
        mine.add(noun.i + 2)
    return next((s for s in spans if (s.root.i in mine or s.start in mine) and s._.date is not None
                 and s._.date.precision in OWN_TIME_PRECISIONS), None)


def _named_accord(token: Token) -> bool:
    """The head word of an agreement's name or noun phrase ("the Lombok Treaty", "the 1974 disengagement
    agreement"): the phrase's last word, not a word inside another name."""
    if token.pos_ not in {"PROPN", "NOUN"} or token.lower_ not in NAMED_ACCORD_HEADS:
        return False
    return not (token.head.i != token.i and token.head.pos_ == "PROPN" and token.dep_ == "compound")


def _before(value, published) -> bool:
    return published is None or (value.last or value.first or "") < published.isoformat()


def recalled_acts(doc: Doc, drafts: list, trigger_tokens: set[int], kb) -> list:
    """New drafts for agreements recalled with their own time; undated acts take their "when"-clause's date."""
    when_clause_dates(drafts)
    return named_accords(doc, drafts, trigger_tokens, kb)


def when_clause_dates(drafts: list) -> None:
    """"the treaty they signed when Putin visited Pyongyang in June last year": an act told with a
    "when"-clause happened at that clause's time, so an undated act takes the date hung on the clause's verb."""
    for d in drafts:
        if d.date is not None or d.token.pos_ not in {"VERB", "AUX"}:
            continue
        clauses = (c for c in d.token.children if c.dep_ == "advcl" and _when_clause(c))
        d.date = next((day for c in clauses if (day := attached_day(c)) is not None), None)


def _when_clause(clause: Token) -> bool:
    return any(c.dep_ in {"advmod", "mark"} and c.lower_ == "when" and c.i < clause.i for c in clause.children)


def named_accords(doc: Doc, drafts: list, trigger_tokens: set[int], kb) -> list:
    """Drafts for agreements recalled by name or noun with their own time: a new draft where none reads the
    noun, and for one that does, the noun's time and (if it has none with a country) sides."""
    from detente.nlp.events import draft_event  # events.py hooks this module in: import at call time
    skip, quoted = flagged(doc, "skip"), flagged(doc, "in_quote")
    headlines = doc._.headline_sents or set()
    by_token = {d.token.i: d for d in drafts if d.type == "AGREE"}
    repeated = {t.i for d in drafts for t in d.repeats}
    found = []
    for token in doc:
        if (token.i in repeated or token.idx in skip or token.idx in quoted or token.sent.start in headlines
                or not _named_accord(token) or (token.i not in by_token and _drafted(drafts, token))):
            continue
        span = _own_time(doc, token)
        if span is None or not _before(span._.date, doc._.published):
            continue
        draft = by_token.get(token.i) or draft_event(doc, token, Trigger("AGREE"), trigger_tokens, kb)
        if draft is None:
            continue
        draft.date, draft.status, draft.explicit, draft.reciprocal = span._.date, "occurred", True, True
        _sides(doc, token, draft, drafts)
        if token.i not in by_token:
            found.append(draft)
    return found


def _drafted(drafts: list, token: Token) -> bool:
    """Another type's draft on the word: the noun is read as something else."""
    return any(d.token.i == token.i for d in drafts)


def _sides(doc: Doc, token: Token, draft, drafts: list) -> None:
    """Sides with a country; else the states the sentence names ("Egypt and Israel recalled the Camp David
    Accords of 1978"); else the pair of the engagement told before ("the new pact builds on ...")."""
    draft.source = [r for r in draft.source if r.country]
    draft.target = [r for r in draft.target if r.country]
    if draft.source or draft.target:
        return
    states = [r for r in sentence_refs(doc, token) if r.kind == "state" and r.country]
    states = [r for i, r in enumerate(states) if r.country not in {x.country for x in states[:i]}]
    if len(states) >= 2:
        draft.source, draft.target = states[:1], states[1:]
        return
    before = [d for d in drafts if d.token.i < token.i and d.type in PAIR_TYPES and d.source and d.target]
    if before:
        last = max(before, key=lambda d: d.token.i)
        # the states: the earlier engagement's people were not at the older agreement
        draft.source = [r for r in last.source if r.kind == "state"] or list(last.source)
        draft.target = [r for r in last.target if r.kind == "state"] or list(last.target)
