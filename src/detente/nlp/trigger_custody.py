"""Triggers for people let go from custody that no single word codes: captives handed to a go-between or to
their own side, and people held abroad who are flown or brought home.

PLOVER manual, RETREAT 'release': the actual release of persons or property (a promise to release is AGREE).
The verbs here ("hand", "fly", "bring") are no events alone; what is handed or flown decides. The rules are
asked by `trigger_phrases.phrase_trigger` before the word lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

RELEASED = Trigger("RETREAT", "release", cameo="0841")
HANDING_VERBS = {"hand", "turn"}  # "turn" only with "over": "turned X over to"
CARRYING_VERBS = {"fly", "bring", "send", "take", "airlift", "repatriate", "escort"}
# People who can be held: captives by name, and the plain words for people a captor holds.
CAPTIVES = {"prisoner", "captive", "detainee", "hostage", "pow", "abductee", "inmate"}
HELD_PEOPLE = CAPTIVES | {"citizen", "national", "man", "woman", "child", "civilian", "soldier", "sailor",
                          "fisherman", "journalist", "worker", "tourist", "crew", "people", "person", "body",
                          "student"}
HELD_MARKS = {"hold", "detain", "jail", "imprison", "captive", "abduct", "kidnap", "seize", "capture", "arrest"}


def _people(noun: Token) -> bool:
    """"two Peruvian engineers", "three Britons", "the hostages": a noun for people, or people by nationality."""
    if noun.lemma_.lower() in HELD_PEOPLE or noun.ent_type_ in {"NORP", "PERSON"} and noun.pos_ in {"NOUN", "PROPN"}:
        return True
    # "two Peruvian engineers": any people noun a nationality modifies
    return noun.pos_ == "NOUN" and any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in noun.children)


def _held(noun: Token) -> bool:
    """"the hostages", "Britons held in Iran", "detained sailors": people told as being in custody."""
    if noun.lemma_.lower() in CAPTIVES:
        return True
    return any(c.dep_ in {"acl", "amod", "relcl"} and c.lemma_.lower() in HELD_MARKS for c in noun.children)


def handed_captives(token: Token) -> Trigger | None:
    """"the rebels handed two engineers to the Red Cross", "turned the detainees over to their embassy": handing
    people to a go-between or to their own side frees them (goods handed over are aid: trigger_relations)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in HANDING_VERBS:
        return None
    people = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} and _people(c)]
    onward = {c.lower_ for c in token.children if c.dep_ in {"prep", "prt", "advmod"}} & {"to", "over"}
    if not people or not onward or token.lemma_.lower() == "turn" and "over" not in onward:
        return None
    return RELEASED


def flown_home(token: Token) -> Trigger | None:
    """"two Britons held in Iran were flown home", "brought the detained sailors home": people in
    custody carried home are released (plain travellers flown home are not: they must be told as held)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CARRYING_VERBS:
        return None
    if not any(c.lower_ == "home" and c.dep_ in {"advmod", "npadvmod", "dobj", "prep"} for c in token.children):
        return None
    carried = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return RELEASED if any(_held(c) for c in carried) else None


RETURNED_PEOPLE = {"migrant", "deportee", "national", "citizen", "refugee", "asylum-seeker", "returnee", "people",
                   "person", "immigrant", "expellee"}


def took_back_people(token: Token) -> Trigger | None:
    """"agreed to take its migrants back", "will accept back deportees", "readmit nationals": a state
    readmitting people another sends away yields to that state's demand (PLOVER CONCEDE; taking in others'
    refugees is aid, told by the lexicon)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in {"take", "accept", "receive", "readmit"}:
        return None
    people = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in RETURNED_PEOPLE]
    # the parser may hang "back" on the verb or, in "accept back deportees", on the object
    back = lemma == "readmit" or any(c.lower_ == "back" and c.dep_ in {"prt", "advmod", "amod"}
                                     for h in [token, *people] for c in h.children)
    return Trigger("CONCEDE") if back and people else None


SURRENDERING_VERBS = {"hand", "send", "transfer", "deliver", "turn", "deport"}
# What people are handed over to face: justice in the receiving state.
PROSECUTIONS = {"charge", "trial", "justice", "prosecution"}


def _own_clause(verb: Token) -> list[Token]:
    """The words of the verb's own clause, reached through nouns only (an appositive may carry the rest:
    "handed 29 suspects, among them X, to Y to face charges"); "face" is let through."""
    found = []
    for word in verb.subtree:
        path = [a for a in word.ancestors if verb.is_ancestor(a)]
        if all(a.pos_ != "VERB" or a.lemma_.lower() == "face" for a in path[:-1] if a is not verb):
            found.append(word)
    return found


def handed_for_trial(token: Token) -> Trigger | None:
    """"handed 29 suspects to the United States to face charges": people surrendered to another state for
    its courts, judicial cooperation as an extradition is (PLOVER COOPERATE); no receiver, no handover."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SURRENDERING_VERBS:
        return None
    clause = _own_clause(token)
    if not any(t.dep_ == "prep" and t.lower_ == "to" for t in clause):
        return None
    faced = [t for t in clause if t.dep_ == "dobj" and t.head.lemma_.lower() == "face" and t.head is not token]
    tried = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    return Trigger("COOPERATE") if any(g.lemma_.lower() in PROSECUTIONS for g in faced + tried) else None
