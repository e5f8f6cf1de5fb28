"""Where a drafted event is held and who hosts it: a gathering's host state and place, hosted talks,
and a company standing for its state (split from events.py, which drafts the events)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.ontology import MULTILATERAL_VENUES
from detente.nlp.arguments import refs_for
from detente.nlp.antecedents import mention_of
from detente.nlp.mentions import Ref, state_ref
from detente.nlp.sides import ARRIVAL_VERBS, children
from detente.nlp.triggers import prep_objects, stays_away
from detente.records import Location


def without_possessive(name: str) -> str:
    """"Japan's" -> "Japan", "the States'" -> "the States"; a name ending in s keeps it ("United States")."""
    name = name.strip()
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            return name[:-len(suffix)].rstrip()
    return name


def venue_host(doc: Doc, token: Token, kb) -> tuple[list[Ref], Location | None, bool]:
    """For "participation in Beijing's Xiangshan Forum": host state, place, and whether it is multilateral."""
    holders = [token] + ([token.head.head] if token.dep_ == "pobj" and token.head.lower_ == "on"
                         and token.head.head.lemma_.lower() in ARRIVAL_VERBS else [])
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        holders.append(token.head)  # "would welcome a meeting ... at one of the summits": the parser's attachment
    if stays_away(token):  # "stayed away from the forum in Singapore": the place is the forum's
        return [], forum_place(doc, token, kb), True
    for obj in [o for t in holders for o in prep_objects(t, {"in", "at", "to"})]:
        multilateral = any(t.lower_ in MULTILATERAL_VENUES or t.lemma_.lower() in MULTILATERAL_VENUES
                           for t in obj.subtree)
        # "to the summit, where Tokyo intends to argue ...": a clause about the venue names no host
        told = {x.i for c in obj.children if c.dep_ in {"relcl", "acl"} for x in c.subtree}
        hosts = [mention_of(doc, t)._.ref for t in obj.subtree if t.i not in told
                 if mention_of(doc, t) is not None and mention_of(doc, t).label_ in {"GPE", "COUNTRY", "METONYM"}]
        if hosts and hosts[0].country:
            name = mention_of(doc, next(t for t in obj.subtree if mention_of(doc, t) is not None)).text
            return [host_state(hosts[0], kb)], Location(name=without_possessive(name), country=hosts[0].country), multilateral
        if multilateral:
            return [], None, True
    return [], None, False


def forum_place(doc: Doc, token: Token, kb) -> Location | None:
    """Where a gathering someone stayed away from was held: the country its "in"-phrase names."""
    venues = [o for a in children(token, {"advmod"}) for o in prep_objects(a, {"from"})] + prep_objects(token, {"from"})
    for place in (p for v in venues for p in prep_objects(v, {"in", "at"})):
        span = mention_of(doc, place)
        if span is not None and span._.ref.country and span.label_ in {"GPE", "COUNTRY", "METONYM"}:
            return Location(name=span.text, country=span._.ref.country)
    return None


def host_state(ref: Ref, kb, via: str = "host") -> Ref:
    return state_ref(ref.country, kb, via)


HOSTED_TALKS = {"talk", "talks", "negotiation", "negotiations", "consultation", "consultations", "round"}


def hosts_talks(token: Token, triggers) -> bool:
    """"Turkey would host the technical talks": talks told before, held by others on the host's soil (not
    "hosted a meeting with X", where the host is a side; "hosted talks between X and Y" is drafted here
    and settled by mediation.third_party_hosts, which makes the host no party, the README's `host`)."""
    return token.lemma_.lower() == "host" and token.pos_ == "VERB" and not hosts_gathering(token) and any(
        o.i in triggers and o.lemma_.lower() in HOSTED_TALKS and not prep_objects(o, {"with", "between"})
        for o in children(token, {"dobj"}))


def talks_host(doc: Doc, token: Token) -> list[Ref]:
    """The host of talks told as hosted ("Turkey would host the talks"): the hosting verb's subject."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() != "host" or not hosts_talks(verb, {token.i}):
        return []
    return [r for s in children(verb, {"nsubj"}) for r in refs_for(doc, s) if r.country]


def hosts_gathering(token: Token) -> bool:
    """"Oman hosts its annual forum": the object is the gathering, not a guest."""
    return token.lemma_.lower() == "host" and any(
        t.lower_ in MULTILATERAL_VENUES for o in children(token, {"dobj"}) for t in o.subtree)
