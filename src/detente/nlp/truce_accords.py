"""Truces someone made: "a ceasefire brokered by Qatar", "Israel and Hamas reached a truce", "the ceasefire that
Trump announced", "three days of clashes ended in a ceasefire".

The truce noun codes the halt to fighting (PLOVER RETREAT 'ceasefire'); when the sentence tells that the truce
was brokered, negotiated, reached or announced, or that fighting ended in one, it also tells the agreement
between the warring sides that made it (PLOVER AGREE). A broker or mediator is a third party, not a side of
that agreement. A sentence that already codes an agreement ("agreed to a ceasefire") gets no second one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.ontology import Trigger
from detente.nlp.arguments import refs_for
from detente.nlp.extensions import flagged
from detente.nlp.syntax import prep_objects

TRUCE_NOUNS = {"ceasefire", "truce", "cease-fire", "armistice"}
# Verbs whose object is a truce made: by the sides themselves, or by a third party between them.
MAKING_VERBS = {"broker", "mediate", "negotiate", "reach", "announce", "secure", "clinch", "seal", "strike"}
THIRD_PARTY_VERBS = {"broker", "mediate"}
ENDING_VERBS = {"end", "conclude"}  # "the clashes ended in a ceasefire"


def making_verb(noun: Token) -> Token | None:
    """The verb telling that the truce was made: its governor ("brokered a truce", "a truce was reached"), a
    participle or relative clause on it ("a truce brokered by X", "the truce that X announced"), or "ended in"."""
    if noun.lower_ not in TRUCE_NOUNS and noun.lemma_.lower() not in TRUCE_NOUNS:
        return None
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in MAKING_VERBS:
        return noun.head
    made = next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in MAKING_VERBS), None)
    if made is not None:
        return made
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in {"in", "with"} and prep.head.lemma_.lower() in ENDING_VERBS:
        return prep.head
    return None


def _brokers(doc: Doc, verb: Token) -> set[str]:
    """Who brokered or mediated: the verb's subject or its "by" agent (their actor ids)."""
    if verb.lemma_.lower() not in THIRD_PARTY_VERBS:
        return set()
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + prep_objects(verb, {"by"}) + \
        [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return {r.actor_id for d in doers for r in refs_for(doc, d)}


def _between_sides(doc: Doc, noun: Token, verb: Token) -> list:
    """The sides a truce names ("a truce between Israel and Hamas"), or the fighting that ended in it names
    ("clashes between India and Pakistan ended in a ceasefire")."""
    holders = [noun] + [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree] \
        if verb.lemma_.lower() in ENDING_VERBS else [noun]
    return [r for h in holders for o in prep_objects(h, {"between"}) for r in refs_for(doc, o)]


FIGHTING = {"ASSAULT", "RETREAT", "COERCE"}


def _fighting_sides(drafts: list, noun: Token, brokers: set[str]) -> list:
    """"The guns fell silent after a ceasefire brokered by X": the sides of the fighting told before it."""
    fights = [d for d in drafts if d.type in FIGHTING and d.token.i < noun.i and d.source and d.target]
    last = max(fights, key=lambda d: d.token.i, default=None)
    return [r for r in (last.source + last.target if last else []) if r.actor_id not in brokers]


def truce_accords(doc: Doc, drafts: list, trigger_tokens: set[int], kb) -> list:
    """New AGREE drafts for truces told as made, in sentences that code no agreement yet."""
    from detente.nlp.events import draft_event  # events.py hooks this module in: import at call time
    skip, quoted, headlines = flagged(doc, "skip"), flagged(doc, "in_quote"), doc._.headline_sents or set()
    agreed = {d.token.sent.start for d in drafts if d.type == "AGREE"}
    found: list = []
    for noun in doc:
        if noun.idx in skip or noun.idx in quoted or noun.sent.start in headlines | agreed:
            continue
        verb = making_verb(noun)
        draft = draft_event(doc, noun, Trigger("AGREE"), trigger_tokens, kb) if verb is not None else None
        if draft is None:
            continue
        brokers, sides = _brokers(doc, verb), _between_sides(doc, noun, verb)
        parties = sides or [r for r in draft.source + draft.target if r.actor_id not in brokers] \
            or _fighting_sides(drafts, noun, brokers)
        made = draft_event(doc, verb, Trigger("AGREE"), trigger_tokens, kb)  # "brokered ... on May 3": its day
        if made is not None:
            draft.date, draft.location = draft.date or made.date, draft.location or made.location
        draft.source, draft.target = parties[:1], parties[1:]
        draft.reciprocal = len(parties) > 1
        draft.status = "occurred" if verb.tag_ in {"VBD", "VBN"} and draft.status == "planned" else draft.status
        agreed.add(noun.sent.start)
        found.append(draft)
    return found
