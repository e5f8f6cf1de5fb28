"""What happens to a pact once it is made, told by structure: a pact coming into force, a joint text the sides
did not issue (PLOVER COOPERATE, AGREE negated)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.trigger_accords import PACT_NOUNS

# Nouns of a truce: its coming into force is the ceasefire itself, which the noun already codes.
TRUCE_NOUNS = {"ceasefire", "cease-fire", "truce", "armistice"}
# "take effect", "come into force", "enter into force", "go into effect": (verb, the noun that completes it).
IN_FORCE_PHRASES = {("take", "effect"), ("come", "force"), ("enter", "force"), ("go", "effect"),
                    ("come", "effect"), ("enter", "effect")}
# Texts the sides put out together ("a joint statement"): not issuing one tells that they could not agree.
JOINT_TEXTS = {"statement", "declaration", "communique", "communiqué"}
ISSUING_VERBS = {"issue", "release", "sign", "adopt", "produce", "publish", "agree", "put"}


def pact_in_force(token: Token) -> Trigger | None:
    """"the free-trade deal takes effect on July 1": a pact coming into force starts the joint practice it sets
    up (COOPERATE); a truce coming into force is left to the truce noun."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"take", "come", "enter", "go"}:
        return None
    if not any((token.lemma_.lower(), _completion(c)) in IN_FORCE_PHRASES for c in token.children):
        return None
    subject = _subject(token)
    if subject is None or subject.lemma_.lower() not in PACT_NOUNS - {"document"}:
        return None
    if any(c.lower_ in TRUCE_NOUNS for c in subject.subtree):
        return None
    return Trigger("COOPERATE")


def _completion(child: Token) -> str | None:
    """"take effect" (object), "come into force" (the object of "into")."""
    if child.dep_ == "dobj":
        return child.lemma_.lower()
    if child.dep_ == "prep" and child.lower_ == "into":
        return next((g.lemma_.lower() for g in child.children if g.dep_ == "pobj"), None)
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or for "is due to take effect", "will soon begin to take effect" the subject of the
    clause it completes (up to two steps through an adjective or verb)."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in {"xcomp", "acomp"} or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def withheld_joint_text(token: Token) -> Trigger | None:
    """"the leaders did not issue a joint statement", "no joint declaration was adopted": the sides put out no
    common text, i.e. did not agree (AGREE, which the negation makes negated). An issued one is no act of
    its own: what it says is coded."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in JOINT_TEXTS:
        return None
    if not any(c.dep_ == "amod" and c.lower_ == "joint" for c in token.children):
        return None
    verb = token.head
    if token.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    negated = any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "det" and c.lower_ == "no"
                                                                  for c in token.children)
    return Trigger("AGREE") if negated else None
