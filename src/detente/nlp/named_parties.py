"""Where an event's party of unknown country belongs: the one country its sentence names, or, for a
person or body facing a known state, not that state.

A person or body the knowledge base does not know is placed in the one country its sentence names. That
fails when the one country named is the party it faces: "the ministry of X blamed minister NAME", "Minister
NAME summoned the acting head of X's embassy", "Washington recognised NAME": NAME deals with X, so is not of
X. A reader then takes NAME for a member of the other state of the story's main pair.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from detente.nlp.arguments import sentence_refs, sole_country, with_country
from detente.nlp.antecedents import mention_of
from detente.nlp.mentions import Ref
from detente.records import Location

# Kinds of actor placed this way: a group ("protesters", "police") acts at home, as before.
FACING_KINDS = {"person", "organisation"}


def faced_countries(doc: Doc, token: Token, other: list[Ref], doer: bool) -> set[str]:
    """The countries the event's other side holds, with (for the doer) those named in the objects of the
    verbs from the trigger up to the doer's own clause ("summoned the head of X's embassy to lodge a
    protest": the one protested to is X's even where no side was read from the clause)."""
    faced = {r.country for r in other if r.country}
    if not doer:
        return faced
    for verb in _clause_chain(token):
        for obj in (c for c in verb.children if c.dep_ in {"dobj", "dative"}):
            faced |= {m._.ref.country for t in obj.subtree if (m := mention_of(doc, t)) is not None and m._.ref.country}
    return faced


def _clause_chain(token: Token) -> list[Token]:
    """The verbs from the trigger up to the first one with a subject of its own (the doer's clause)."""
    chain = []
    for node in [token, *token.ancestors]:
        if node.pos_ == "VERB":
            chain.append(node)
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
                break
    return chain


def main_pair(doc: Doc) -> tuple[str, str] | None:
    """The article's two most-named countries (actor mentions of a country, international bodies aside)."""
    counts = Counter(m._.ref.country for m in doc.spans.get("actors", []) if m._.ref.country and m._.ref.sector != "IGO")
    top = counts.most_common(3)
    if len(top) < 2 or (len(top) == 3 and top[2][1] == top[1][1]):
        return None  # a tie for second place: no clear pair
    return top[0][0], top[1][0]


def facing_home(doc: Doc, home: str, faced: set[str]) -> str:
    """Where a faced party's counterpart belongs: the other country of the article's main pair, when the
    sentence's one country is the one faced and is of that pair; else the sentence's country, as before
    (a text about one state tells its own people)."""
    pair = main_pair(doc) if home in faced else None
    if pair is None or home not in pair:
        return home
    other = pair[1] if pair[0] == home else pair[0]
    return other if other not in faced else home


def placed(doc: Doc, token: Token, refs: list[Ref], other: list[Ref] = (), doer: bool = False,
            facing: bool = False) -> list[Ref]:
    """Actors with no known country act in the one country their sentence names ("President Mugabe" in Zimbabwe),
    or, facing a known state, in the one other country it names ("Minister X summoned Japan's envoy ... China");
    with `facing`, a person or body is never placed in the very country it faces (facing_home)."""
    if not any(unplaced(r) for r in refs):
        return refs
    home = sole_country(doc, token)
    if home is None and any(r.country for r in other):
        theirs = {r.country for r in other}
        rest = {r.country for r in sentence_refs(doc, token) if r.country and r.country not in theirs}
        home = Ref("", "", rest.pop(), None, "state") if len(rest) == 1 else None
    if home is None:
        return refs
    facers = facing and any(unplaced(r) and r.kind in FACING_KINDS for r in refs)
    own = facing_home(doc, home.country, faced_countries(doc, token, other, doer)) if facers else home.country
    return [_put(r, own if r.kind in FACING_KINDS else home.country) if unplaced(r) else r for r in refs]


def _put(ref: Ref, country: str | None) -> Ref:
    """The actor placed in a country, or left as it is when none is known."""
    return with_country(ref, country) if country else ref


def at_location(refs: list[Ref], location: Location | None) -> list[Ref]:
    """Groups still of no state act where the event happened ("police patrolled the airport" in Britain)."""
    if location is None or not location.country:
        return refs
    return [with_country(r, location.country) if unplaced(r) and r.kind == "group" else r for r in refs]


def unplaced(ref: Ref) -> bool:
    """A name the knowledge base does not know, or a group, with no country yet (IGOs have none by nature)."""
    return not ref.country and (ref.via == "unknown" or ref.kind == "group") and ref.sector not in {"IGO", "NGO"}
