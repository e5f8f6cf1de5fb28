"""Truces someone made: "a ceasefire brokered by Qatar", "Israel and Hamas reached a truce", "the ceasefire that
Trump announced", "three days of clashes ended in a ceasefire".

The truce noun codes the halt to fighting (PLOVER RETREAT 'ceasefire'); when the sentence tells that the truce
was brokered, negotiated, reached or announced, or that fighting ended in one, it tells the agreement between
the warring sides that made it (PLOVER AGREE) instead: the records' ceasefire convention keeps RETREAT for a
truce taking effect or holding. A broker or mediator is a third party, not a side of that agreement. A
sentence that already codes an agreement ("agreed to a ceasefire") gets no second one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.ontology import Trigger
from detente.nlp.arguments import refs_for
from detente.nlp.extensions import flagged
from detente.nlp.syntax import prep_objects

TRUCE_NOUNS = {"ceasefire", "truce", "cease-fire", "armistice"}
# Verbs whose object is a truce made: by the sides themselves, or by a third party between them.
MAKING_VERBS = {"broker", "mediate", "negotiate", "reach", "announce", "secure", "clinch", "seal", "strike", "agree"}
THIRD_PARTY_VERBS = {"broker", "mediate"}
ENDING_VERBS = {"end", "conclude"}  # "the clashes ended in a ceasefire"
# Verbs of a side declaring a truce on its own: PLOVER's declarations of ceasefires are CONCEDE (records'
# ceasefire convention); "announce" declares only a truce called one-sided ("announced a unilateral truce").
DECLARING_VERBS = {"declare", "proclaim"}
ONE_SIDED = {"unilateral", "one-sided"}
# A truce taking effect or holding: "held", "began"; "took effect / hold", "came into force"; "was observed".
HOLDING = {"hold", "begin", "start", "last"}
EFFECT_WORDS = {"effect", "hold", "force"}
OBSERVING = {"observe", "respect", "honour", "honor"}


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


def declaring_verb(noun: Token) -> Token | None:
    """The verb by which one side declares the truce alone: "declared a ceasefire", "announced a unilateral
    truce" (not "announced a truce between X and Y", which tells one made)."""
    if noun.lemma_.lower() not in TRUCE_NOUNS or noun.dep_ != "dobj":
        return None
    verb, one_sided = noun.head, any(c.lower_ in ONE_SIDED for c in noun.children if c.dep_ == "amod")
    if verb.lemma_.lower() in DECLARING_VERBS or (one_sided and verb.lemma_.lower() in MAKING_VERBS):
        return verb
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
    """New AGREE drafts for truces told as made, in sentences that code no agreement yet; the halt the truce
    noun coded is dropped from `drafts` (agreeing a ceasefire is AGREE, not yet its taking effect)."""
    from detente.nlp.events import draft_event  # events.py hooks this module in: import at call time
    skip, quoted, headlines = flagged(doc, "skip"), flagged(doc, "in_quote"), doc._.headline_sents or set()
    agreed = {d.token.sent.start for d in drafts if d.type == "AGREE"}
    found: list = []
    for noun in doc:
        if noun.idx in skip or noun.idx in quoted or noun.sent.start in headlines:
            continue
        declared = _declared_truce(doc, noun, trigger_tokens, kb)
        if declared is not None:
            found.append(declared)
            _drop_halt(drafts, noun)
            continue
        if noun.sent.start in agreed:
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
        if not taking_hold(noun):
            _drop_halt(drafts, noun)
    _drop_bare_truces(drafts)
    return found


# Statuses of a truce noun told as a fact or a plan, not as a proposal, an acceptance or a condition
TOLD_STATUSES = {"occurred", "confirmed", "planned"}


def _drop_bare_truces(drafts: list) -> None:
    """A truce noun told neither taking effect nor proposed ("welcomed the truce", "the truce was tested",
    "keep a fragile truce") names the truce, no halt of its own: the records code RETREAT 'ceasefire' only for
    a truce taking effect or holding (and for one proposed or accepted)."""
    drafts[:] = [d for d in drafts if not (d.type == "RETREAT" and d.mode == "ceasefire" and d.status in TOLD_STATUSES
                                           and d.token.lemma_.lower() in TRUCE_NOUNS and not taking_hold(d.token))]


def _drop_halt(drafts: list, noun: Token) -> None:
    """Remove the halt (RETREAT) the truce noun coded: the truce is told made or declared, not taking effect."""
    drafts[:] = [d for d in drafts if not (d.token.i == noun.i and d.type == "RETREAT")]


def taking_hold(noun: Token) -> bool:
    """The truce is told taking effect or holding ("the truce ... held", "took effect", "came into force",
    "was observed"): the halt itself, which the records code RETREAT 'ceasefire'."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "nsubjpass":
        return lemma in OBSERVING
    if noun.dep_ != "nsubj":
        return False
    return lemma in HOLDING or (lemma in {"take", "come", "enter", "go"} and
                                any(t.lower_ in EFFECT_WORDS for t in verb.subtree if t.i > verb.i))


def _declared_truce(doc: Doc, noun: Token, trigger_tokens: set[int], kb):
    """A truce one side declared alone: its concession (CONCEDE), dated and placed by the declaring verb."""
    from detente.nlp.events import draft_event  # events.py hooks this module in: import at call time
    verb = declaring_verb(noun)
    if verb is None:
        return None
    draft = draft_event(doc, verb, Trigger("CONCEDE"), trigger_tokens, kb)
    if draft is not None:  # a side declaring a truce concedes to the other, not to itself
        own = {r.country for r in draft.source}
        draft.target = [r for r in draft.target if r.country not in own]
    return draft
