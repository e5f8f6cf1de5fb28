"""The agent of an act noun: "a visit to Taiwan by the speaker", "an attack on the port by rebel forces"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.antecedents import mention_of
from detente.nlp.mentions import Ref
from detente.nlp.triggers import prep_objects


def _appeal(token: Token) -> bool:
    """"calls by X to adopt reforms": plural calls by someone are appeals, whose sides the request rules set."""
    return token.lower_ == "calls" or any(c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children)
                                          for c in token.children)


def agent_refs(doc: Doc, token: Token) -> list[Ref]:
    """A named actor after "by" on an event noun does the act (the passive agent of a nominal); else a journey's
    traveller told by the participle clause it is in."""
    if token.pos_ != "NOUN":
        return []
    # an actor named in the phrase ("Russian forces", "a Japanese minister"), not "by phone" or "by May"
    named = [] if _appeal(token) else \
        [o for o in _by_objects(token) if any(mention_of(doc, t) is not None for t in o.subtree)]
    return [r for o in named for r in refs_for(doc, o)] or participle_traveller(doc, token)


# Nouns of a journey: the one who makes it is its agent, whoever else the clause names.
JOURNEY_NOUNS = {"visit", "trip", "tour", "journey", "stay", "stopover", "stop"}


def agent_destinations(token: Token) -> list[Token]:
    """"the first visit by an Indian prime minister to Austria": the parser hangs the journey's destination on
    its traveller after "by"; a person is not gone "to" a place, so the place is the journey's."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in JOURNEY_NOUNS:
        return []
    return [g for o in prep_objects(token, {"by"}) for g in prep_objects(o, {"to"})]


def participle_traveller(doc: Doc, token: Token) -> list[Ref]:
    """"X told parliament ..., using the second day of a state visit to ...": a journey noun in the object of a
    participle clause with no subject of its own is the journey of the participle's doer, the subject of the
    clause it hangs on (of the next clause up when the parser hung it on a reported clause whose subject is
    no actor of a known state: "that the two peoples were brothers, using ...")."""
    if token.lemma_.lower() not in JOURNEY_NOUNS:
        return []
    verb = token
    while verb.dep_ in {"pobj", "prep", "dobj"} and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"} or \
            any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    clause = verb.head
    for _ in range(3):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        refs = [r for r in refs_for(doc, subject) if r.country] if subject is not None else []
        if refs or clause.dep_ != "ccomp":
            return refs
        clause = clause.head
    return []


# Help given: its giver follows "from" as well as "by" ("with help from the navy").
GIVEN_HELP_NOUNS = {"help", "assistance"}


def _by_objects(token: Token) -> list[Token]:
    """"by" objects of the noun, or those the parser hung on the active verb over it ("protested a visit to the
    shrine by a minister", "cut ties after a visit to Taiwan by the speaker"): an active verb with a subject
    has no passive agent, so "by" an actor names the agent of the last noun before it."""
    own = prep_objects(token, {"by"}) or \
        (prep_objects(token, {"from"}) if token.lemma_.lower() in GIVEN_HELP_NOUNS else [])
    verb = _verb_over(token)
    if own or verb is None:
        return own
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    # a noun phrase only: "by sending a note" is the manner of the verb, "by phone" names no actor
    objects = [o for o in prep_objects(verb, {"by"}) if o.pos_ in {"NOUN", "PROPN"} and o.i > token.i]
    return [o for o in objects if _last_noun_before(verb, o.head) == token]


def _verb_over(token: Token) -> Token | None:
    """The verb the noun is the object of, directly or through a preposition ("cut ties after a visit")."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and head.i != token.i else None


def _last_noun_before(verb: Token, by: Token) -> Token | None:
    """The verb's last object noun (direct or prepositional) before the "by" phrase."""
    nouns = [t for t in verb.subtree if t.i < by.i and t.pos_ == "NOUN" and _verb_over(t) == verb]
    return nouns[-1] if nouns else None


# Verbs that set up an event: passive with no agent ("a call could be arranged"), they leave its doer open.
ARRANGING_VERBS = {"arrange", "schedule", "organize", "organise", "set", "hold", "plan", "convene", "reschedule"}
# Verbs of wanting or expecting over such a clause: their subject is the side that wants the event.
WISHING_VERBS = {"hope", "expect", "want", "wish", "anticipate", "seek", "push", "aim"}


def wishing_subject(doc: Doc, token: Token) -> list[Ref]:
    """"U.S. officials said they hoped a call could be arranged": the side hoping for an event set up by
    no one named is a party to it."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_.lower() not in ARRANGING_VERBS or prep_objects(verb, {"by"}):
        return []
    while verb.dep_ in {"ccomp", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head
        if verb.lemma_.lower() in WISHING_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return refs_for(doc, subject) if subject is not None else []
    return []
