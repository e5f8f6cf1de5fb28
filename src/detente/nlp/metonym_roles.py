"""A capital or seat of government standing for a state or body ("Beijing said", "Downing Street said") gets a
role that says so ("metonym for the Chinese government"), so the actor list tells a reader what the place names."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from detente.kb.base import KnowledgeBase
from detente.kb.seats import seat_stands_for
from detente.kb.state_bodies import GOVERNMENT_NOUNS
from detente.nlp.mentions import Ref
from detente.nlp.statement_occasions import demonym

# "talks in Beijing", "arrived at Downing Street": the place itself, not the government it houses
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "into"}
# "flew to Washington", "left Beijing", "his way to Seoul", "its ambassador from Paris": a journey's end or
# start, or an envoy's post, is the place
MOVE_VERBS = {"fly", "travel", "go", "come", "return", "arrive", "head", "move", "visit", "leave", "reach", "land",
              "depart", "trip", "journey", "tour", "stop", "away", "recall", "withdraw", "flee", "invite", "way",
              "flight", "ambassador", "envoy"}
DATELINE_MARKS = {"\u2014", "\u2013", "--", "-", ","}
DATELINE_DASH = re.compile(r"\s(?:\u2014|\u2013|--|-)\s")


def _dateline_mark(doc, i: int) -> bool:
    """"OTTAWA —" or "OTTAWA, March 3 (Wire) -": a dash after the place, at once or after a comma on its line
    ("Ottawa, in a statement from X, said" is the government speaking)."""
    if i >= len(doc) or doc[i].text not in DATELINE_MARKS:
        return False
    line = doc.text[doc[i].idx:].split("\n", 1)[0][:40]
    return doc[i].text != "," or DATELINE_DASH.search(line) is not None


def _as_place(span: Span) -> bool:
    """A capital written as where something happens or a journey's end: the object of "in", "at" (or a
    conjunct of one), of "to" or "from" after a verb of moving ("away from"), of "visit", or a dateline."""
    root, doc = span.root, span.doc
    if span.start == span.sent.start and _dateline_mark(doc, span.end):
        return True
    while root.dep_ == "conj" and root.head.i != root.i:  # "in Vienna, Malta and Bangkok"
        root = root.head
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in MOVE_VERBS
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in PLACE_PREPOSITIONS or (prep.lower_ in {"to", "from"} and prep.head.lemma_.lower() in MOVE_VERBS)


def metonym_role(kb: KnowledgeBase, span: Span, ref: Ref) -> Ref:
    """The mention's reference with a metonym's role, when a capital or seat names the state or body itself."""
    if ref.kind not in {"state", "organisation"} or ref.role or not ref.country:
        return ref
    seat = seat_stands_for(span.text, ref.actor_id) if ref.kind == "organisation" else None
    if (ref.via != "metonym" and seat is None) or any(t.lower_ in GOVERNMENT_NOUNS for t in span) or _as_place(span):
        return ref  # "the Polish government" names the state itself
    if seat is not None:  # a body named by its building: "the Kremlin" stands for the presidency
        return replace(ref, role=f"metonym for the {seat}")
    if ref.kind == "organisation":  # a seat standing for a body: "Downing Street", "Foggy Bottom"
        return replace(ref, role=f"metonym for the {ref.name}")
    state = kb.get(f"state:{ref.country}")
    owner = demonym(ref.country) or (state.name if state else ref.country)
    return replace(ref, role=f"metonym for the {owner} government")


def give_metonym_roles(kb: KnowledgeBase, mentions: list[Span]) -> None:
    """Set the metonym role on every mention of a state or body by its capital or seat."""
    for mention in mentions:
        mention._.ref = metonym_role(kb, mention, mention._.ref)
