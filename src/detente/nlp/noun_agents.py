"""The agent of an act noun: "a visit to Taiwan by the speaker", "an attack on the port by rebel forces"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import mention_of, refs_for
from detente.nlp.mentions import Ref
from detente.nlp.triggers import prep_objects


def _appeal(token: Token) -> bool:
    """"calls by X to adopt reforms": plural calls by someone are appeals, whose sides the request rules set."""
    return token.lower_ == "calls" or any(c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children)
                                          for c in token.children)


def agent_refs(doc: Doc, token: Token) -> list[Ref]:
    """A named actor after "by" on an event noun does the act (the passive agent of a nominal)."""
    if token.pos_ != "NOUN" or _appeal(token):
        return []
    # an actor named in the phrase ("Russian forces", "a Japanese minister"), not "by phone" or "by May"
    named = [o for o in prep_objects(token, {"by"}) if any(mention_of(doc, t) is not None for t in o.subtree)]
    return [r for o in named for r in refs_for(doc, o)]


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
