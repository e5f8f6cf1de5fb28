"""Relations spoken of as valued, growing or lasting ("wants to restore its relations", "the bond will
hold", "special ties"): a speaker who builds up or vouches for the relation itself is conciliatory, though
no single word of the sentence is."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns naming the relation between two parties.
RELATION_NOUNS = {"relation", "relations", "relationship", "tie", "ties", "bond", "bonds", "alliance",
                  "friendship", "partnership"}
# Verbs of building a relation up or back up ("restore relations", "develop the relationship").
GROWTH_VERBS = {"restore", "rebuild", "build", "develop", "revive", "mend", "repair", "boost", "expand",
                "advance", "elevate", "upgrade", "nurture", "cement", "consolidate", "broaden", "renew",
                "reset", "forge", "deepen", "strengthen", "improve", "promote"}
# Verbs of a relation lasting or growing by itself ("the bond will hold", "ties endured").
ENDURING_VERBS = {"hold", "endure", "last", "survive", "grow", "flourish", "thrive", "blossom", "prevail"}
# Verb and particle or preposition of the same ("ties came through a hard time", "go back decades").
ENDURING_PHRASES = {("come", "through"), ("go", "back"), ("stand", "test"), ("weather", None)}
# Qualities that set a relation above others ("special ties", "a strategic choice").
VALUED = {"special", "strategic", "close", "enduring", "unbreakable", "unshakable", "unshakeable",
          "longstanding", "long-standing", "time-tested", "ironclad", "solid", "strong", "deep",
          "privileged", "brotherly", "fraternal"}
# Prepositions by which a relation is what a thing is built for or with ("an age for the alliance").
FOR_PREPS = {"for", "with", "between", "of"}


def valued_relation(token: Token) -> bool:
    """A relation noun built up, lasting, or qualified as valued, and not denied."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.lower_ not in RELATION_NOUNS:
        return False
    return _built_up(token) or _lasting(token) or _valued(token)


def _affirmed(verb: Token) -> bool:
    """Not negated ("will not restore ties" builds nothing)."""
    return not any(c.dep_ == "neg" for c in verb.children)


def _built_up(noun: Token) -> bool:
    """"restore its relations", "build a new age for the alliance": the relation is what a verb of growth
    works on, directly or as what its object is for."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in FOR_PREPS:
        verb = verb.head.head if verb.head.dep_ == "dobj" else verb.head
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in list(noun.children) + list(verb.children)):
        return False  # "build an alliance against X": a coalition aimed at a party, no overture
    return verb.pos_ == "VERB" and verb.lemma_.lower() in GROWTH_VERBS and _affirmed(verb)


def _lasting(noun: Token) -> bool:
    """"the bond would hold", "ties had come through a difficult period", "ties that go back decades"."""
    if noun.dep_ == "nsubj":
        verb = noun.head
    else:
        verb = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if verb is None or verb.pos_ not in {"VERB", "AUX"} or not _affirmed(verb):
        return False
    if any(c.dep_ in {"acomp", "oprd", "attr"} for c in verb.children):
        return False  # "ties have grown strained": a change of state, judged by its complement
    lemma = verb.lemma_.lower()
    parts = {c.lower_ for c in verb.children if c.dep_ in {"prep", "prt", "advmod", "dobj"}}
    return lemma in ENDURING_VERBS or any(v == lemma and (p is None or p in parts) for v, p in ENDURING_PHRASES)


def _valued(noun: Token) -> bool:
    """"special ties", or a relation called something valued ("called the relationship a strategic choice")."""
    named = [c for c in noun.head.children if c.dep_ in {"oprd", "attr"}] if noun.dep_ in {"dobj", "nsubj"} else []
    return any(c.dep_ == "amod" and c.lower_ in VALUED for n in [noun] + named for c in n.children)
