"""Mediation: "Qatar offered to mediate between Israel and Hamas" is Qatar's third-party engagement with
the two parties (the analyst's convention: the mediator is the source, the parties the target).
Also the passive ("talks mediated by X and Y") and a third state hosting talks it takes no part in.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for, without_role
from detente.nlp.antecedents import mention_of
from detente.nlp.events import Draft
from detente.nlp.mentions import Ref, one_per_state
from detente.records import Location

MEDIATING_WORDS = {"mediate", "mediation", "arbitrate", "arbitration", "broker", "intercede", "facilitate"}


def _between(token: Token) -> Token | None:
    """The object of "between" hung on the mediating word (or on "help" above it: "help mediate between")."""
    for word in (token, token.head):
        prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is not None:
            return obj
    return None


def mediated_parties(doc: Doc, drafts: list[Draft]) -> None:
    """A mediating act with no target takes the parties it mediates between as its target."""
    for d in drafts:
        if d.type != "CONSULT" or d.target or d.token.lemma_.lower() not in MEDIATING_WORDS:
            continue
        obj = _between(d.token)
        if obj is None:
            continue
        mine = {r.actor_id for r in d.source}
        parties = [without_role(r) for r in refs_for(doc, obj) if r.actor_id not in mine]
        if parties:
            d.target = parties
            d.mode = d.mode or "third-party"
    passive_mediators(doc, drafts)
    present_mediators(doc, drafts)
    third_party_hosts(doc, drafts)


def _agent_refs(doc: Doc, token: Token) -> list[Ref]:
    """The states named in the passive agent: "brokered by the United States and France"."""
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return [without_role(r) for r in refs_for(doc, obj)] if obj is not None else []


def _mediated_parties(doc: Doc, d: Draft, others: list[Draft], mine: set[str]) -> list[Ref]:
    """Who was brought together: "a truce between A and B", else the sides of the sentence's other acts."""
    obj = _between(d.token.head) if d.token.dep_ in {"acl", "amod", "relcl"} else None
    found = [without_role(r) for r in refs_for(doc, obj)] if obj is not None else []
    if not found:  # "A and B agreed to a truce after talks mediated by C": the truce's sides are the parties
        found = [r for o in others if o.sent == d.sent for r in o.source + o.target]
    return one_per_state([r for r in found if r.country and r.country not in mine])


def _modified(token: Token) -> list[Token]:
    """The noun a mediating participle describes: "talks mediated by", "talks in Ankara mediated by",
    "after talks in Ankara (were) mediated by" (its passive subject)."""
    passive = [c for c in token.children if c.dep_ == "nsubjpass"]
    if passive:
        return passive
    head = token.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        return [head, head.head.head]
    return [head]


def passive_mediators(doc: Doc, drafts: list[Draft]) -> None:
    """"talks mediated by Qatar and Turkey", "a deal brokered by X and Y": every agent is a mediator (source),
    the parties brought together the target; talks so described are the mediators' engagement, one event."""
    for d in list(drafts):
        if d.type != "CONSULT" or d.token.lemma_.lower() not in MEDIATING_WORDS:
            continue
        mediators = _agent_refs(doc, d.token)
        if not mediators:
            continue
        talks = next((o for o in drafts if o is not d and o.type == "CONSULT" and o.token in _modified(d.token)), None)
        others = [o for o in drafts if o is not d and o is not talks]  # the talks' own sides may be their venue
        parties = _mediated_parties(doc, d, others, {r.country for r in mediators})
        if len(parties) < 2:  # the parties go untold: every agent is still a mediator, none a recipient
            keys = {r.country for r in mediators}
            d.source, d.target = mediators, [r for r in d.target if r.country not in keys]
            continue
        d.source, d.target, d.mode = mediators, parties, "third-party"
        if talks is not None:  # one engagement: the mediating word keeps it, with the talks' place and day
            d.location, d.date = d.location or talks.location, d.date or talks.date
            drafts[:] = [x for x in drafts if x is not talks]


def _host_place(doc: Doc, verb: Token) -> tuple[str | None, Location | None]:
    """The hosting verb's subject state and its place ("Riyadh hosted ..." -> Saudi Arabia, in Riyadh)."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "npadvmod"}), None)
    refs = [r for r in refs_for(doc, subject) if r.country] if subject is not None else []
    if not refs:
        return None, None
    span = mention_of(doc, subject)  # a named state or city is also the place; "the Swiss government" is not
    named = span is not None and span._.ref is not None and span._.ref.kind in {"state", "place", "city"}
    return refs[0].country, (Location(name=span.text, country=refs[0].country) if named else None)


def _hosting_verb(token: Token) -> Token | None:
    """"X hosted talks": the verb whose object the talks are; the parser often reads "hosted talks" as an
    adjective and its noun, with the host hung on the adjective."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "host":
        return token.head
    return next((c for c in token.children if c.dep_ == "amod" and c.lemma_.lower() == "host"), None)


def third_party_hosts(doc: Doc, drafts: list[Draft]) -> None:
    """"Riyadh hosted talks between Russia and the United States": the host takes no part (README `host`);
    the talks are the parties' third-party meeting held in the host's place, one event, not a visit to it."""
    for talks in [d for d in drafts if d.type == "CONSULT" and d.source and d.target]:
        verb = _hosting_verb(talks.token)
        if verb is None:
            continue
        host, place = _host_place(doc, verb)
        if host is None or host in {r.country for r in talks.source + talks.target}:
            continue
        hosting = next((d for d in drafts if d.type == "CONSULT" and d.token == verb), None)
        talks.location = talks.location or (hosting.location if hosting is not None else None) or place
        talks.mode = talks.mode or "third-party"
        if hosting is not None:
            drafts[:] = [x for x in drafts if x is not hosting]


# kinds of actor that can sit with two others as a third party; a city or place is only the setting
GO_BETWEEN_KINDS = {"person", "state", "organisation"}


def _mediator_frames(token: Token) -> list[tuple[Token, Token, bool]]:
    """(attachment, mediator head, present) a sentence's grammar gives a third party at talks by: "talks in
    the presence of X" (present), "X-mediated talks" (the adjective's own modifier). Indirect talks "through
    X" are not among them: the go-between carries messages, it is no side (records 25, 76)."""
    frames = []
    for t in token.sent:
        if t.dep_ == "pobj" and t.lemma_.lower() == "presence" and t.head.lower_ == "in":
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            frames += [(t.head.head, c, True) for c in (of.children if of is not None else []) if c.dep_ == "pobj"]
        elif t.lemma_.lower() in MEDIATING_WORDS and t.dep_ in {"amod", "compound"}:
            frames += [(t.head, c, False) for c in t.children if c.dep_ in {"npadvmod", "compound", "nmod", "amod"}]
    return frames


def _frames_meeting(token: Token, attach: Token) -> bool:
    """The frame hangs on the meeting's word, on a word above it, or on its object ("held talks in ...")."""
    return attach == token or attach in token.ancestors or token in attach.ancestors


def _at_table(mediators: list[Ref], present: bool, place: str | None) -> bool:
    """The mediator sits with the parties: told present, or an "X-mediated" meeting held in X's country or
    nowhere told; held elsewhere ("Omani-mediated talks in Rome"), X may only carry the messages."""
    return present or place is None or all(r.country == place for r in mediators)


def present_mediators(doc: Doc, drafts: list[Draft]) -> None:
    """"A and B held talks in the presence of C", "C-mediated talks between A and B" in C: the third party
    the grammar names is the mediator (source), A and B the parties (target), one meeting of three parties
    (README convention 2)."""
    for d in drafts:
        if d.type != "CONSULT" or not d.source or not d.target:
            continue
        parties = {r.country for r in d.source + d.target if r.country}
        place = d.location.country if d.location is not None else None
        for attach, head, present in _mediator_frames(d.token):
            if not _frames_meeting(d.token, attach):
                continue
            found = [without_role(r) for r in refs_for(doc, head) if r.kind in GO_BETWEEN_KINDS]
            mediators = [r for r in found if r.country and r.country not in parties]
            if mediators and len(mediators) == len(found) and _at_table(mediators, present, place):
                d.source, d.target = mediators, one_per_state(d.source + d.target)
                break

