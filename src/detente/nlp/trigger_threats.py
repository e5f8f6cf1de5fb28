"""Threats told as a reported condition: "warned that if X did Y, X would bear the consequences", "said that
Z would face bombing if it refused a deal". PLOVER THREATEN: a warning of harm tied to what the other side does;
the speech verb carries it, since the harm itself is only supposed. Asked by `trigger_phrases.phrase_trigger`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.clauses import condition_clauses

# Verbs that report a warning; "say" and "add" count only with a harm in the clause they report.
WARNING_SPEECH = {"warn", "caution", "say", "add", "tell", "state", "declare", "threaten"}
# Words of harm to come in the supposed clause: consequences borne, a price paid, force met or answered.
HARM_WORDS = {"face", "bear", "suffer", "pay", "respond", "retaliate", "punish", "consequence", "price",
              "bombing", "strike", "attack", "war", "force", "retaliation", "punishment", "reprisal", "struggle",
              "response", "hit"}


def conditional_threat(token: Token) -> Trigger | None:
    """"Tusk cautioned that if Budapest did so, Orbán would bear the consequences": a harm supposed on a
    condition the other side controls, reported by a speech verb (PLOVER THREATEN); likewise the right to
    answer reserved ("reserved the right to respond") and force not ruled out."""
    if token.pos_ != "VERB":
        return None
    if token.lemma_.lower() in RESERVING:
        return Trigger("THREATEN", cameo="130") if reserved_answer(token) else None
    if token.lemma_.lower() in EXCLUDING:
        return Trigger("THREATEN", cameo="138") if force_left_open(token) else None
    if token.lemma_.lower() not in WARNING_SPEECH:
        return None
    return Trigger("THREATEN") if threat_clause(token) is not None else None


# "reserves the right to respond / to retaliate / to take measures": a threat held back, said as a right kept.
RESERVING = {"reserve"}
ANSWERING = {"respond", "retaliate", "react", "answer", "reply", "act", "defend", "strike", "hit"}
# "the right to take measures / to use force": taking or using counts only with a means of answering
MEANS = {"measure", "action", "step", "countermeasure", "force", "means", "response"}


def reserved_answer(verb: Token) -> bool:
    """"Doha reserved the right to respond to the attack": the right kept is one of answering or of force."""
    rights = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "right"]
    answers = [a for r in rights for a in r.children if a.dep_ in {"acl", "relcl", "xcomp"} and a.pos_ == "VERB"]
    return any(a.lemma_.lower() in ANSWERING or any(o.dep_ == "dobj" and o.lemma_.lower() in MEANS
                                                    for o in a.children) for a in answers)


def threat_clause(token: Token) -> Token | None:
    """The reported clause under the speech verb that supposes a harm on an "if"/"unless" condition."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        conditions = condition_clauses(clause)
        if not conditions:
            continue
        inside = {t.i for c in conditions for t in c.subtree}
        if any(t.lemma_.lower() in HARM_WORDS for t in clause.subtree if t.i not in inside):
            return clause
    return None


# "has not ruled out the use of force": refusing to exclude force is a threat of it (CAMEO 138).
EXCLUDING = {"rule", "exclude"}
FORCE_WORDS = {"force", "strike", "attack", "invasion", "war"}


def force_left_open(verb: Token) -> bool:
    """"X has not ruled out military action / the use of force": a negated excluding verb whose object (or
    the "of" phrase under it) names force, or is a military option."""
    if verb.lemma_.lower() not in EXCLUDING or not any(c.dep_ == "neg" for c in verb.children):
        return False  # "will not end the strike" leaves nothing open: only a negated excluding verb does
    if verb.lemma_.lower() == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        named = [obj] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
        if any(n.lemma_.lower() in FORCE_WORDS or any(a.lower_ == "military" for a in n.children) for n in named):
            return True
    return False
