"""Curbs on trade: "imposed export controls", "widened its curbs on chip exports", "the import ban that Delhi
imposed", "answered with curbs on Korean tourism". PLOVER manual: SANCTION 'discontinue' curtails "diplomatic,
commercial, or material exchanges"; COERCE 'restrict' is kept for restrictions on political freedoms or
movement, so a restriction marked as one on trade is a sanction, however it is imposed. Asked by
`trigger_phrases.phrase_trigger` before the verb-object lexicon (which reads "impose restrictions" as COERCE).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.trigger_joint import object_gap

CURBED = Trigger("SANCTION", "discontinue")
CURB_NOUNS = {"control", "curb", "restriction", "ban", "limit", "limitation", "barrier", "quota"}
# Modifiers and "on"-objects that make a restriction one on exchanges between states, not on people's rights.
TRADE_WORDS = {"export", "exports", "import", "imports", "trade", "tourism", "investment", "investments", "goods",
               "product", "products", "shipment", "shipments", "sale", "sales", "commodity", "commodities"}
# Verbs that put a curb in place or make it tighter (lifting or easing one is a concession, told elsewhere).
IMPOSING_VERBS = {"impose", "introduce", "widen", "expand", "extend", "tighten", "broaden", "adopt", "slap",
                  "enact", "place", "put", "reimpose", "re-impose"}
# "answered with curbs on tourism": a curb used as the reply to another side.
ANSWERING_VERBS = {"answer", "respond", "retaliate", "react", "reply", "hit"}


def trade_curb(token: Token) -> Trigger | bool | None:
    """A verb imposing a trade curb, or a trade curb used as an answer, is a sanction; the curb noun under an
    imposing verb is no event of its own (False), the verb tells it."""
    if token.pos_ == "VERB" and token.lemma_.lower() in IMPOSING_VERBS:
        return CURBED if any(is_trade_curb(o) for o in _imposed(token)) else None
    if token.pos_ != "NOUN" or not is_trade_curb(token):
        return None
    if _under_imposing_verb(token):
        return False
    answered = token.dep_ == "pobj" and token.head.lower_ == "with" and \
        token.head.head.lemma_.lower() in ANSWERING_VERBS
    return CURBED if answered else None


def is_trade_curb(noun: Token) -> bool:
    """"export controls", "curbs on Korean tourism", "restrictions on imports from X"."""
    if noun.lemma_.lower() not in CURB_NOUNS:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in TRADE_WORDS for c in noun.children):
        return True
    # "tightened its curbs on steel exports": the parser may hang the "on" phrase on the verb
    holders = [noun] + ([noun.head] if noun.dep_ in {"dobj", "nsubjpass"} else [])
    curbed = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
              for g in c.children if g.dep_ == "pobj"]
    # "curbs on Korean tourism and pop culture": the traded word may modify or join the head of the phrase
    words = curbed + [c for g in curbed for c in g.children if c.dep_ in {"compound", "nmod", "conj", "amod"}]
    return any(w.lower_ in TRADE_WORDS or w.lemma_.lower() in TRADE_WORDS for w in words)


def _imposed(verb: Token) -> list[Token]:
    """What the verb imposes: its object or passive subject, or the noun its relative clause or participle
    describes ("the controls China imposed", "curbs imposed last year")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if object_gap(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN") or \
            (verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"that", "which"} for c in verb.children)):
        found.append(verb.head)
        if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
            # "the controls on rare earths that China imposed": the parser may hang the clause on the last noun,
            # and the "on" phrase on the verb whose object the curb is
            anchor = verb.head.head.head
            found += [anchor] if anchor.pos_ == "NOUN" else [c for c in anchor.children if c.dep_ == "dobj"]
    return found + [c for o in found for c in o.conjuncts]


def _under_imposing_verb(noun: Token) -> bool:
    """The curb is what an imposing verb acts on: its object, or described by its relative clause."""
    node = noun.head if noun.dep_ == "conj" else noun
    if node.dep_ in {"dobj", "nsubjpass"} and node.head.lemma_.lower() in IMPOSING_VERBS:
        return True
    return any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in IMPOSING_VERBS and node in _imposed(c)
               for c in node.children)
