"""The geometry of a meeting: who visits and who hosts, read from the trigger, the place and the leaders.

PLOVER codes a visit with the visitor as source and the host as target; a meeting in neither side's country
is third-party. These rules turn the sides read from syntax (nlp/sides.py) into that geometry.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.mentions import Ref, state_ref


# "X hosted / received Y", "Y was received by X": the logical subject is the host, its guest the visitor.
RECEIVING_VERBS = {"host", "receive"}


def consult_geometry(token, mode, source, target, location):
    """Where a meeting happens tells its mode: the host's country -> visit (visitor as source), elsewhere -> third-party."""
    if token.lemma_.lower() in RECEIVING_VERBS and target:  # the receiver is the host: target (PLOVER)
        source, target = target, source
    if mode == "visit" and not target:
        target = host_of_place(source, location)
    if mode is None and on_sidelines(token.sent):
        mode = "multilateral"
    mode, source, target = geometry_by_place(mode, source, target, location)
    if mode == "visit":
        target = target + leader_host(token.doc, source, target) + venue_host_person(token, source, target)
    return mode, source, target


def venue_host_person(token: Token, source: list[Ref], target: list[Ref]) -> list[Ref]:
    """"Lee won praise from Trump during a White House visit": a visit to a building or body of a state
    is hosted by the one person of that state its sentence names (who received the visitor there)."""
    venues = {r.country for r in target if r.kind == "organisation" and r.country}
    if not venues or any(r.kind == "person" for r in target):
        return []
    taken = {r.actor_id for r in source}
    clause = _clause_verb(token)  # "shelved his Kremlin trip once Putin left": another clause
    people = {s._.ref.actor_id: s._.ref for s in token.doc.spans["actors"] if s._.ref is not None
              and token.sent.start <= s.start < token.sent.end and s._.ref.kind == "person"
              and s._.ref.country in venues and s._.ref.actor_id not in taken and _clause_verb(s.root) == clause}
    return list(people.values()) if len(people) == 1 else []


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above a token: the clause it is told in."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


SIDELINES = {"sidelines", "sideline", "margins", "margin"}


def on_sidelines(sent) -> bool:
    """"... on the sidelines / margins of the summit": a meeting told in such a sentence is held within a
    gathering (PLOVER multilateral), wherever the phrase hangs in the parse."""
    return any(t.lower_ in SIDELINES and t.head.lower_ in {"on", "at"} and any(c.lower_ == "of" for c in t.children)
               for t in sent)


def geometry_by_place(mode, source, target, location):
    """A meeting of known sides with no mode yet: in one side's country a visit by the other, else third-party."""
    if mode is not None or location is None or not location.country or not source or not target:
        return mode, source, target
    src = {r.country for r in source}
    tgt = {r.country for r in target}
    here = location.country
    if here in tgt and here not in src:
        return "visit", source, target
    if here in src and here not in tgt:
        return "visit", target, source
    return ("third-party" if here not in src | tgt else mode), source, target


LEADER_VIA = "leader"  # a leader no word of the event's clause names, inferred as its state's host
LEADER_ROLES = {"president", "prime minister", "premier", "chancellor", "king", "emperor", "emir", "supreme leader"}


def is_leader(ref: Ref) -> bool:
    """A head of state or government (by the office the knowledge base gives for the article's day)."""
    return ref.kind == "person" and any(part.strip().lower() in LEADER_ROLES for part in (ref.role or "").split(";"))


def leader_host(doc: Doc, source: list[Ref], target: list[Ref]) -> list[Ref]:
    """"Xi will make a trip to the United States", "Zelensky is due at the White House": a leader visiting
    a state whose host no one names is received by that state's leader, when the article names them."""
    if not target or any(r.kind != "state" for r in target) or not any(is_leader(r) for r in source):
        return []
    found = named_leader(doc, {r.country for r in target})
    return [replace(found, via=LEADER_VIA)] if found is not None else []


def named_leader(doc: Doc, countries: set[str]) -> Ref | None:
    """The first leader of one of these states that the article names."""
    return next((s._.ref for s in doc.spans["actors"] if s._.ref is not None and s._.ref.country in countries
                 and is_leader(s._.ref)), None)


def host_of_place(source: list[Ref], location) -> list[Ref]:
    """"Macron's state visit" placed in Britain: a visit with no host named is to the state it takes place in
    (PLOVER: the visited side is the target), unless the visitor is at home there."""
    if location is None or not location.country or not source or location.country in {r.country for r in source}:
        return []
    from detente.nlp.context import current_kb
    return [state_ref(location.country, current_kb(), "location")]
