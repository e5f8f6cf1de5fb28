"""Demands for redress: one government saying what it expects another to do after a wrong ("expects Moscow to
investigate the deaths and punish those responsible", "expects Beijing to apologise").

PLOVER REQUEST (CAMEO 10) covers demands; diplomatic English often words them as expectations, with no verb of
asking. An investigation only asked for ("urged Seoul to investigate", "demanded an inquiry") is the demand's
content, not an investigation that took place (ACCUSE 'investigate'), so it is no event of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

EXPECTING = {"expect"}
# Acts of redress or compliance one side expects of another after a wrong.
REDRESS_VERBS = {"investigate", "probe", "punish", "prosecute", "apologise", "apologize", "compensate", "explain",
                 "clarify", "retract", "release", "return", "withdraw", "stop", "cease", "halt", "end", "respect",
                 "honour", "honor", "abide", "comply", "fulfil", "fulfill", "reverse", "refrain", "extradite",
                 "identify", "account", "restore", "lift", "rescind", "revoke", "repatriate"}
FIRST_PERSON = {"i", "we", "us", "me"}
# Verbs of asking whose asked act, if an investigation, is only asked for.
ASKING = {"expect", "demand", "urge", "call", "ask", "press", "want", "insist", "request", "appeal", "seek",
          "push", "require"}
INVESTIGATING = {"investigate", "probe"}
INQUIRY_NOUNS = {"investigation", "inquiry", "enquiry", "probe"}


def redress_phrase(token: Token) -> Trigger | bool | None:
    """REQUEST for an expectation of redress; False for an investigation only asked for; None otherwise."""
    lemma = token.lemma_.lower()
    if lemma in EXPECTING:
        return Trigger("REQUEST") if expected_redress(token) else None
    if lemma in INVESTIGATING | INQUIRY_NOUNS and asked_for(token):
        return False
    return None


def expected_redress(verb: Token) -> bool:
    """"expected Moscow to investigate", "expects Beijing to apologise": a party other than the speaker
    expected to make amends or comply (a forecast, "expects growth to slow", names no such act)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    for act in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in REDRESS_VERBS):
        doer = next((c for c in act.children if c.dep_ == "nsubj"), None) or \
            next((c for c in verb.children if c.dep_ == "dobj"), None)
        if doer is not None and doer.lower_ not in FIRST_PERSON and _party_like(doer):
            return True
    return False


def _party_like(word: Token) -> bool:
    """A named state, body or people, or a pronoun standing for one ("it", "they")."""
    return word.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or word.pos_ in {"PROPN", "PRON"}


def asked_for(word: Token) -> bool:
    """"urged X to investigate", "expected X to investigate and punish", "demanded an inquiry", "called for
    an investigation": the investigation is what a verb of asking asks for."""
    if word.pos_ == "VERB":
        verb = word.head if word.dep_ == "conj" else word
        if verb.dep_ not in {"xcomp", "ccomp"} or verb.head.lemma_.lower() not in ASKING:
            return False
        # asked of another: "urged Seoul to", "expected Moscow to" ("wants to investigate" is one's own aim)
        return any(c.dep_ == "nsubj" for c in verb.children) or \
            any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.head.children)
    if word.pos_ != "NOUN":
        return False
    if word.dep_ == "dobj":
        return word.head.lemma_.lower() in ASKING
    # "called for an inquiry", "pushed for a probe"
    return word.dep_ == "pobj" and word.head.lower_ == "for" and word.head.head.lemma_.lower() in ASKING
