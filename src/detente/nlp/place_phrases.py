"""The phrases of a trigger that may state its place (its own, its arguments', a gathering's, an invitation's, a withdrawal's), split out of places.py to keep it short."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.place_names import LOCATIVE, _distance_from, _is_state


# Where words and meetings happen: a venue. "raised concerns about activity around Taiwan" is a topic.
VENUE = {"in", "at", "during", "inside", "outside", "on", "amid"}


def _preps(token: Token, blocked: set[int], physical: bool = True) -> list[Token]:
    """The objects of the locative prepositions attached to a token ("in Seoul", "on the outskirts of X");
    for words and meetings (not physical acts) only the venue prepositions."""
    out = []
    for c in token.children:
        if c.dep_ != "prep" or c.i in blocked:
            continue
        if c.lower_ not in (LOCATIVE if physical else VENUE) and not (physical and _distance_from(c)):
            continue
        if c.lower_ == "on" and any(g.dep_ == "pobj" and _is_state(g) for g in c.children):
            continue   # "sanctions on Russia": a target, not a place
        # the object may be another event ("killed in a raid in X"): the caller opens it up
        out += [g for g in c.children if g.dep_ == "pobj"]
        # "outside of X", "in front of X": a multi-word preposition
        out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return out


TIME_NOUNS = {"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "time"}


def _is_time(token: Token) -> bool:
    return token.ent_type_ in {"DATE", "TIME"} or token.lemma_.lower() in TIME_NOUNS


def _time_phrase_preps(heads: list[Token], blocked: set[int], physical: bool) -> list[Token]:
    """"The same day in Beijing, X held talks", "On Monday in Paris, they met": a place the parser
    hung on the time phrase of the clause is the clause's place."""
    out = []
    for head in heads:
        times = [c for c in head.children if c.dep_ == "npadvmod" and _is_time(c) and c.i not in blocked]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.i not in blocked):
            # the parser hangs "in X" on the time noun or on its preposition ("On Friday in X")
            times += [prep, *(g for g in prep.children if g.dep_ == "pobj")] \
                if any(g.dep_ == "pobj" and _is_time(g) for g in prep.children) else []
        out += [obj for t in times for obj in _preps(t, blocked, physical)]
    return out


GATHERING_VERBS = {"attend", "join", "skip", "boycott", "host", "chair", "address"}


def _gathering_preps(token: Token, blocked: set[int]) -> list[Token]:
    """"will attend the ceremony in Tokyo": going to a gathering happens where the gathering is held."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in GATHERING_VERBS:
        return []
    # the gathering is often an event word of its own, whose phrase is blocked: open it up
    return [o for c in token.children if c.dep_ == "dobj" for o in _preps(c, _opened(c, blocked), False)]


INVITING_VERBS = {"invite", "summon", "welcome"}


def _invitation_preps(token: Token, blocked: set[int]) -> list[Token]:
    """"invited Y to Budapest for talks", "invited Y to Oslo to negotiate": the talks an invitation is
    for would be held where the guest is asked to come."""
    inviter = token if token.lemma_.lower() in INVITING_VERBS else None
    up = token.head if token.dep_ == "pobj" else token
    if inviter is None and up.dep_ in {"xcomp", "advcl", "prep"} and up.head.lemma_.lower() in INVITING_VERBS:
        inviter = up.head
    if inviter is None or inviter.pos_ != "VERB":
        return []
    return [g for c in inviter.children if c.dep_ == "prep" and c.lower_ == "to" and c.i not in blocked
            for g in c.children if g.dep_ == "pobj"]


WITHDRAW_LEMMAS = {"withdraw", "pull", "retreat", "evacuate", "withdrawal", "pullout", "pull-out", "exit"}


def _withdrawal_preps(token: Token, blocked: set[int]) -> list[Token]:
    """"troops will pull out of southern X", "withdrew from the town of Y": a withdrawal happens where
    the forces leave (a withdrawal from a treaty names no place, and place_in finds none)."""
    from detente.nlp.triggers import trigger_for
    if token.lemma_.lower() not in WITHDRAW_LEMMAS:
        return []
    trigger = trigger_for(token)
    if trigger is None or trigger.type != "RETREAT":
        return []
    out = []
    for c in (c for c in token.children if c.dep_ == "prep" and c.i not in blocked):
        if c.lower_ == "from":
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.lower_ == "out":
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return out


ARGUMENTS = {"dobj", "acomp", "oprd", "agent", "dative", "attr", "npadvmod", "advmod", "nsubjpass", "nsubj"}


def _argument_preps(token: Token, blocked: set[int], physical: bool = True) -> list[Token]:
    """Locative phrases on the trigger's own arguments: "captured her title in Rome", "shot dead
    outside X", "killed by a mortar in X", "shot a policeman and a worker in X"."""
    out = []
    for arg in token.children:
        if arg.dep_ not in ARGUMENTS or arg.i in blocked:
            continue
        heads = [g for g in arg.children if g.dep_ == "pobj"] if arg.dep_ == "agent" else [arg]
        heads += [c for h in list(heads) for c in h.conjuncts if c.i not in blocked]
        for head in heads:
            out += _preps(head, blocked, physical)
    heads = _of_objects(token, blocked) + _bound_objects(token, blocked)
    return out + [obj for head in heads for obj in _preps(head, blocked, physical)]


# prepositions that bind a thing to the act rather than place it: "put their names to the accord at X",
# "signed the pact with Jakarta in X": the parser hangs the act's place on their object
BINDING_PREPS = {"to", "with"}


def _bound_objects(token: Token, blocked: set[int]) -> list[Token]:
    """The objects of a verb trigger's "to" or "with" phrase, or of its object's ("signed a pact with X in Y"),
    whose own locative phrase is the act's."""
    if token.pos_ != "VERB":
        return []
    heads = [token] + [c for c in token.children if c.dep_ == "dobj" and c.i not in blocked]
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in BINDING_PREPS
            and c.i not in blocked for g in c.children if g.dep_ == "pobj" and g.i not in blocked]


def _of_objects(token: Token, blocked: set[int]) -> list[Token]:
    """"the killing of a dissident in X": a noun trigger's "of" object is its argument, and the parser
    hangs the act's place on it."""
    if token.pos_ != "NOUN":
        return []
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i not in blocked
            for g in c.children if g.dep_ == "pobj" and g.i not in blocked]


def _between_preps(token: Token, blocked: set[int]) -> list[Token]:
    """"the summit between A and B at X": the parser hangs the venue on the last party of a meeting
    noun's "between" phrase; it tells where the meeting was held."""
    if token.pos_ != "NOUN":
        return []
    parties = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "between" and c.i not in blocked
               for g in c.children if g.dep_ == "pobj"]
    parties += [c for p in list(parties) for c in p.conjuncts if c.i not in blocked]
    return [obj for p in parties if p.i > token.i for obj in _preps(p, blocked, physical=False)]


def _opened(obj: Token, blocked: set[int]) -> set[int]:
    """Inside our own place phrase another event's words are ours too: "killed in a raid in X"."""
    return blocked - {t.i for t in obj.subtree}
