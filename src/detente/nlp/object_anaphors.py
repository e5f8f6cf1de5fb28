"""Whom a pair anaphor as OBJECT stands for: "China urged the two sides to show restraint", "Trump telephoned
both leaders", "called on both governments" aim the act at the pair of the engagement told before (or in the
same sentence), not at nobody. The doer stays the named subject, and the pair is one the doer is not in. A verb conjoined to the act with the same doer and no
recipient of its own ("telephoned both leaders and warned that Washington would ...") is aimed at them too.
Runs inside `pair_anaphors.fill_parties`, after the subject anaphors got their pair.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.dyad_targets import GUESSED
from detente.nlp.events import Draft
from detente.nlp.sides import party_key
from detente.nlp.syntax import prep_objects

# prepositions whose object is the recipient of a verb ("called on X", "spoke with X", "wrote to X")
RECIPIENT_PREPS = {"on", "with", "to"}
# party words naming people rather than states ("both leaders": the people, when the pair has them)
STATE_WORDS = {"sides", "countries", "governments", "nations", "capitals", "neighbours", "neighbors", "parties"}


def object_anaphor(token: Token) -> Token | None:
    """The verb's object that is a pair anaphor ("urged the two sides", "called on both leaders"), if any."""
    from detente.nlp.antecedents import is_party_anaphor
    if token.pos_ != "VERB":
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative"}] + prep_objects(token, RECIPIENT_PREPS)
    return next((o for o in objects if _counted(o) and is_party_anaphor(o)), None)


def _counted(word: Token) -> bool:
    """"the two sides", "both leaders": a counted pair (a bare "the leaders" as object may be anyone's)."""
    return any(c.lower_ in {"two", "both"} for c in word.children)


def _open_target(d: Draft) -> bool:
    """The act has no recipient read from its own words: none, a guess, or only its own side's state."""
    own = {party_key(r) for r in d.source} - {None}
    return all(r.via in GUESSED or party_key(r) in own for r in d.target)


def _pair_of(p: Draft) -> list | None:
    """The parties of a draft that spans exactly two states (its source and target, or a source pair)."""
    refs = [r for r in p.source + p.target if party_key(r)]
    return refs if len({party_key(r) for r in refs}) == 2 else None


def _told_pair(d: Draft, earlier: list[Draft], later: list[Draft]) -> list | None:
    """The pair the anaphor stands for: of the act's own sentence first, else the latest before it, else the
    next; never a pair the doer's state is in ("China urged the two sides": China is not one of them)."""
    own = {party_key(r) for r in d.source} - {None}
    same = [p for p in earlier[::-1] if p.sent.start == d.sent.start]
    pairs = [pair for p in same + earlier[::-1] + later
             if p is not d and d.token not in p.token.conjuncts and (pair := _pair_of(p)) is not None]
    return next((p for p in pairs if not own & {party_key(r) for r in p}), None)


def _recipients(pair: list, word: Token) -> list:
    """The pair members the act goes to: people for "both leaders" when the pair holds two people, else its
    states."""
    from detente.nlp.pair_anaphors import states_of
    people = [r for r in pair if r.kind == "person"]
    named_people = word.lower_ not in STATE_WORDS and len({party_key(r) for r in people}) == 2
    return people if named_people else states_of(pair)


def _conjoined(d: Draft, drafts: list[Draft]) -> list[Draft]:
    """Acts told by a verb conjoined to this one with the same doer ("phoned both leaders and warned ...")."""
    own = {party_key(r) for r in d.source} - {None}
    return [o for o in drafts if o is not d and o.token in d.token.conjuncts
            and {party_key(r) for r in o.source} - {None} == own]


def fill_object_pairs(drafts: list[Draft]) -> None:
    """Aim an act whose object is a pair anaphor at that pair (and its conjoined acts with no recipient)."""
    for i, d in enumerate(drafts):
        word = object_anaphor(d.token)
        if word is None or not d.source or not _open_target(d):
            continue
        pair = _told_pair(d, drafts[:i], drafts[i + 1:])
        targets = _recipients(pair, word) if pair is not None else []
        if not targets:
            continue
        d.target = targets
        for other in _conjoined(d, drafts):
            if _open_target(other):
                other.target = list(targets)
