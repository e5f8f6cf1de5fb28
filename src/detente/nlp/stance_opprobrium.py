"""Opprobrium that no word of the lexicon carries alone: "terrorist" as a label for the other side or those
it backs ("lends support to terrorists", "called him a terrorist"), and legitimacy denied to the other side
("has neither the capacity nor the legitimacy", "does not represent the legitimate government"). Terrorism
fought, countered or named as a shared danger ("will fight terrorism together", "counter-terrorism drills")
is a third thing and says nothing against the other party."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.stance_alignment import OPPOSING_VERBS, shared_danger
from detente.nlp.stance_negation import negated_word
from detente.nlp.syntax import negated

TERROR_WORDS = {"terrorist", "terrorists", "terrorism", "terror"}
# Verbs of setting out to end a thing, beside those of opposing it ("curb terrorism", "root out terror").
ENDING_VERBS = OPPOSING_VERBS | {"curb", "eradicate", "prevent", "defeat", "eliminate", "stop", "end",
                                 "root", "crack", "suppress", "address", "counter"}
# Nouns of the effort against a thing ("the fight against terrorism", "cooperation on terrorism").
EFFORT_NOUNS = {"fight", "war", "struggle", "campaign", "cooperation", "efforts", "effort", "measures",
                "threat", "threats", "victims", "victim", "drills", "exercises", "operations",
                # a stance taken against it ("zero tolerance for terrorism")
                "tolerance"}
PREFIXES = {"counter", "anti"}
LEGITIMACY_WORDS = {"legitimacy", "legitimate", "lawful", "rightful"}


def terror_label(token: Token) -> bool:
    """"terrorist"/"terrorism" aimed at someone: not prefixed ("counter-terrorism"), not denied, not what is
    fought or worked against, and not a danger both sides share."""
    if token.lower_ not in TERROR_WORDS or _prefixed(token) or shared_danger(token):
        return False
    if _refused_label(token):
        return False
    node = token
    for _ in range(5):
        if node.lower_ == "against" or (node.pos_ == "VERB" and node.lemma_.lower() in ENDING_VERBS):
            return False
        if node.pos_ == "NOUN" and node.i != token.i and node.lower_ in EFFORT_NOUNS:
            return False
        if node.dep_ in {"nsubj", "nsubjpass"} and node.head.lemma_.lower() in ENDING_VERBS:
            return False  # "terrorism from its soil would stop": an end promised, no label
        if node.dep_ not in {"dobj", "pobj", "prep", "amod", "compound", "conj", "cc", "nmod", "xcomp"} or \
                node.head.i == node.i:
            return True
        node = node.head
    return True


def _refused_label(token: Token) -> bool:
    """"did not regard the group as a terrorist organisation": the label denied by the verb that applies it,
    which may stand several words above it, so the short negation scope of negated_word does not reach."""
    node = token
    for _ in range(5):
        if negated(node):
            return True
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _prefixed(token: Token) -> bool:
    """"counter-terrorism", "anti-terror": the word joined to a prefix of opposition, in one token or three."""
    doc = token.doc
    if any(token.lower_.startswith(p) for p in PREFIXES):
        return True
    before = [doc[i].lower_ for i in range(max(token.i - 2, 0), token.i)]
    return bool(before) and (before[-1] in PREFIXES or (before[-1] == "-" and len(before) == 2
                                                         and before[0] in PREFIXES))


def denied_legitimacy(token: Token) -> bool:
    """"neither the capacity nor the legitimacy", "did not represent the legitimate government": a side's
    legitimacy denied, a hostile challenge to its standing rather than a reassurance."""
    return token.lower_ in LEGITIMACY_WORDS and negated_word(token)
