"""What a request verb or noun asks of its target (PLOVER REQUEST mode, examples/README convention 14): read
from the asked act under it ("urged X to release ..."), the thing asked "for", or the one asked (a court)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.asked_things import thing_mode
from detente.nlp.request_modes import _asked_mode, _asked_thing, stray_infinitives
from detente.nlp.syntax import prep_objects


def _owned_that_clause(token: Token, clause: Token) -> bool:
    """"Seoul's demand that ...": a that-clause on a noun whose maker is named (unowned "demands that ..."
    are met or refused by the clause's verb, which codes the event)."""
    owned = any(c.dep_ == "poss" for c in token.children)
    return owned and token.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _verb_that_clause(token: Token) -> bool:
    """"restated its demand yesterday that ...": the parser hangs the owned noun's that-clause on its verb."""
    return token.dep_ == "dobj" and any(c.dep_ == "ccomp" and _owned_that_clause(token, c) for c in token.head.children)


def request_mode(token: Token) -> str | None:
    """What is asked: to meet, to yield (release, withdraw, stop), for assistance, or a change of policy."""
    asked = [c for c in token.children if c.dep_ in {"xcomp", "ccomp", "dobj"} or
             (c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
    if token.pos_ == "NOUN":  # "a request to take part in airdrops": the noun's own infinitive
        asked += [c for c in token.children if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if _verb_that_clause(token):  # "restated its demand yesterday that ...": the clause hangs
        asked += [c for c in token.head.children if c.dep_ == "ccomp"]
    asked += stray_infinitives(token)
    if addressed_body(token) == "JUD":
        return "assist"  # asking a court to rule or act (README convention 14)
    for verb in asked:
        mode = _asked_mode(verb) or _taking_part_mode(verb)
        if mode:
            return mode
    if not any(v.pos_ == "VERB" for v in asked) and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return _asked_thing(prep_objects(token, {"for"}) or _stranded_for(token))  # "called for a truce"
    if addressed_body(token) == "IGO":
        return "assist"  # "urged the bloc to move quickly on sanctions": asking a body to act
    return "change" if asked else None


# Verbs of taking part: what is asked is what the target is to take part in ("take part in the conference").
TAKING_PART = {"participate", "take", "engage"}


def _taking_part_mode(verb: Token) -> str | None:
    """"take part in the peace conference" meets, "take part in airdrops of aid" assists: the mode of the
    thing taken part in, or of what it is "of"."""
    if verb.lemma_.lower() not in TAKING_PART:
        return None
    things = prep_objects(verb, {"in"})
    things += [o for t in things for o in prep_objects(t, {"of"})]
    return next((m for t in things if (m := thing_mode(t))), None)


def _stranded_for(token: Token) -> list[Token]:
    """"a concession Brussels had pressed for": the relative clause's "for" is left without its object,
    which is the noun the clause describes."""
    return [token.head] if token.dep_ == "relcl" and token.head.pos_ == "NOUN" else []


# A court named by its common noun ("asked the court to order ..."), which no actor mention covers.
COURT_NOUNS = {"court", "tribunal"}


def addressed_body(token: Token) -> str | None:
    """The sector of the one asked when it is a court (JUD) or an international body (IGO): "asked the
    court to order ...", "called on the Commission to ..."; None for a state or a person."""
    asked = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"on"})
    mentions = token.doc._.mention_at or {}
    for person in asked:
        span = mentions.get(person.i)
        ref = span._.ref if span is not None else None
        if ref is not None and ref.sector in {"JUD", "IGO"} and ref.kind != "person":
            return ref.sector
        if ref is None and person.lemma_.lower() in COURT_NOUNS:
            return "JUD"
    return None


def told_mode(act: Token) -> str:
    """The mode of an act a speaker says the target must do ("Xi said Washington should remove the
    measures"): the act is itself what is asked; a change of policy when it tells none of the others."""
    if act.pos_ == "NOUN":
        return thing_mode(act) or "change"
    return _asked_mode(act) or "change"
