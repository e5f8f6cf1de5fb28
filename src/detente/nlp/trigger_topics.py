"""Triggers decided by talks and contacts: the topic of talks is no event, being expected at a gathering is
attendance, and cutting off contacts between states is a sanction (PLOVER SANCTION 'discontinue', CAMEO 16x)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import MULTILATERAL_VENUES, Trigger

# Nouns and verbs whose "on/about X" or object X is what is talked about, not an act of its own.
TOPIC_HOLDERS = {"talk", "talks", "negotiation", "discussion", "dialogue", "consultation", "conversation",
                 "agreement", "deal", "accord", "debate"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
TOPIC_VERBS = {"discuss", "negotiate", "debate"}


def talk_topic(token: Token) -> bool | None:
    """"held talks on rail tariffs", "discussed tariffs": the topic noun is no event (False), else None."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in TOPIC_HOLDERS:
        return None
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in TOPIC_PREPS and head.head.lemma_.lower() in TOPIC_HOLDERS:
        return False
    if token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in TOPIC_VERBS:
        return False
    return None


GATHERING_ENTS = {"GPE", "FAC", "LOC", "EVENT", "ORG"}  # the model often tags a capital as ORG
# Who can be expected somewhere in person ("a decision is expected in Brussels" is no attendance).
ATTENDERS = {"minister", "leader", "president", "premier", "chief", "envoy", "delegation", "official",
             "diplomat", "head", "king", "queen", "chancellor", "secretary", "ambassador", "counterpart", "general",
             "man", "woman", "pair"}  # "both men are expected at the forum": the people the text just named


def expected_at(token: Token) -> Trigger | None:
    """"Both ministers are expected at the summit in Lima": someone expected at a gathering or place attends."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "expect":
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not (subject.lemma_.lower() in ATTENDERS or subject.ent_type_ in {"PERSON", "GPE", "NORP"}):
        return None
    if any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in token.children):
        return None  # "expected to attend" is coded by its own verb
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"at", "in"}
              for g in c.children if g.dep_ == "pobj"]
    if any(p.lemma_.lower() in MULTILATERAL_VENUES for p in places):
        return Trigger("CONSULT", "multilateral")
    if any(p.pos_ == "PROPN" and p.ent_type_ in GATHERING_ENTS for p in places):
        return Trigger("CONSULT", "visit")
    return None


SEVERING_VERBS = {"cut", "sever", "break", "suspend", "freeze", "halt"}
CONTACTS = {"contact", "communication", "communications", "channel", "exchange", "link", "hotline"}


def severed_contacts(token: Token) -> Trigger | None:
    """"cut off military contacts", "severed communication channels": reducing relations is a SANCTION."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SEVERING_VERBS:
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(o.lemma_.lower() in CONTACTS for o in objects):
        return Trigger("SANCTION", "discontinue", cameo="161")
    return None
