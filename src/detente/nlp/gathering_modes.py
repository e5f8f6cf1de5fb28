"""Meetings that are gatherings by who takes part: an international body as a side, or a group of many states' people.

The records' CONSULT convention (examples/README.md, session 24, convention 2): `multilateral` is a gathering of
three or more states, or of an international body, coded as one event, and it needs no place when the parties
settle it (NATO consultations under Article 4). Two wordings tell it from the parties alone, where the place told
no mode:
- a body of states (NATO, the G7, a regional forum: the knowledge base's IGO code) is a side of the meeting
  ("asked its NATO allies for consultations"); the EU and the U.N. are left out, their officials pay visits;
- the other party is a group of people from many states, named by a plural that a region or two states qualify
  ("meets Southeast Asian leaders", "Arab leaders are due to meet", "U.S. and European counterparts").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft

BODY_OF_STATES = "IGO"  # the knowledge base's code for international bodies other than the EU and the U.N.
# plural people who stand for their states at a meeting ("leaders", "counterparts")
DELEGATE_NOUNS = {"leader", "minister", "counterpart", "head", "president", "premier", "envoy", "delegation"}
PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj"}


def gathering_mode(d: Draft) -> str | None:
    """"multilateral" when the meeting's parties make it a gathering, else None (the mode stays as it was)."""
    if d.type != "CONSULT" or d.mode not in {None, "third-party"}:
        return None
    if d.mode is None and any(r.country == BODY_OF_STATES for r in d.source + d.target):
        return "multilateral"
    if any(_many_states(n, d) for n in _participants(d.token)):
        return "multilateral"
    return None


def _participants(trigger: Token) -> list[Token]:
    """The people the meeting word names as meeting: its subject and object, the object of its "with" or
    "of" ("talks with X", "a summit of X"), and for a noun the verb's subject it is the object of."""
    found = [c for c in trigger.children if c.dep_ in PARTICIPANT_DEPS]
    found += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"with", "of"}
              for g in c.children if g.dep_ == "pobj"]
    head = trigger
    while head.dep_ in {"xcomp", "acomp"} and head.head is not head:  # "Arab leaders are due to meet"
        head = head.head
        found += [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return found


def _many_states(noun: Token, d: Draft) -> bool:
    """A plural of delegates qualified by a region ("Southeast Asian", "Arab", "European"), or by places that
    with the meeting's sides make three or more ("Ukrainians met U.S. and European counterparts"): people of
    many states, not one state's ("Chinese leaders") nor the two sides' own ("Russian and Ukrainian delegations")."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in DELEGATE_NOUNS:
        return False
    mods = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    mods += [g for m in mods for g in m.children if g.dep_ == "conj"]  # "U.S. and European"
    if len(mods) == 1 and _regional(mods[0]):
        return True
    parties = {r.country for r in d.source + d.target if r.country}
    parties |= {_state(m) or m.lower_ for m in mods if m.ent_type_ in {"NORP", "LOC", "GPE"}}
    return len(mods) >= 2 and len(parties) >= 3


def _state(mod: Token) -> str | None:
    """The state an article's actor mention at the modifier stands for, if any."""
    mention = (mod.doc._.mention_at or {}).get(mod.i)
    ref = mention._.ref if mention is not None else None
    return ref.country if ref is not None else None


def _regional(mod: Token) -> bool:
    """A modifier naming a people or region that no single state is: a group (NORP) or place adjective the
    article's actors do not resolve to one state ("Arab", "Southeast Asian", "European")."""
    return mod.ent_type_ in {"NORP", "LOC", "GPE"} and _state(mod) in {None, "EUR", BODY_OF_STATES}
