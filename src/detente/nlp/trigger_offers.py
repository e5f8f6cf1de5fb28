"""Offers told by what is offered: money, goods or forces put at another's disposal are aid offered (AID,
status proposed by `status.offered_itself`), not the general willingness PLOVER's AGREE names.

The records code an offer as the offered act with status `proposed` (examples/README.md, status conventions),
so the object decides the type: "offered troops for the mission" is aid, "offered talks" a meeting.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

OFFERING_VERBS = {"offer"}
# Money named by word ("offered 1.1 billion euros"); MONEY entities are read too.
MONEY_WORDS = {"million", "billion", "dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "krone", "$", "€",
               "money", "fund", "funding", "loan", "credit", "grant", "financing", "investment"}
# Forces or personnel offered to another side's mission help it (CAMEO 074 peacekeeping), whatever the verb.
FORCE_WORDS = {"troop", "soldier", "force", "peacekeeper", "officer", "police", "personnel", "contingent",
               "battalion", "unit"}


def _offered_things(token: Token) -> list[Token]:
    """The verb's direct objects and their conjuncts ("offered troops and money")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return objects + [c for o in objects for c in o.conjuncts]


def _material(noun: Token) -> bool:
    """Money, goods or forces: what can be handed over, as against talks, a venue or a view."""
    from detente.nlp.triggers import AID_OBJECTS  # the lexicon of goods given to help, kept with the verbs
    lemma = noun.lemma_.lower()
    if noun.ent_type_ == "MONEY" or lemma in MONEY_WORDS | FORCE_WORDS or lemma in AID_OBJECTS:
        return True
    # "300 million kroner": a sum counted in millions names money whatever the currency's word
    return any(c.dep_ == "nummod" and c.lower_ in {"million", "billion", "trillion"} for c in noun.subtree)


def offered_aid(token: Token) -> Trigger | None:
    """"Egypt offered troops for the mission", "Berlin offered 1.1 billion euros": material offered is aid."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in OFFERING_VERBS:
        return None
    return Trigger("AID") if any(_material(o) for o in _offered_things(token)) else None


def offered_itself(token: Token) -> str | None:
    """"Egypt has offered troops": material offered is aid not yet given, proposed (README status
    conventions), as "offered to host talks" is through its governor; "offered an apology" is made at once."""
    return "proposed" if offered_aid(token) is not None else None


ANNOUNCING_VERBS = {"announce", "unveil"}
# Nouns that name money or arms put at another's disposal when announced ("a credit line", "a military package").
SUMS = {"million", "billion", "trillion"}
AID_FORMS = {"credit", "loan", "grant", "package", "aid", "assistance", "support", "tranche", "financing"}


def announced_aid(token: Token) -> Trigger | None:
    """"announced a credit line of 66 billion yuan for the region", "announced a military package worth 1.1
    billion euros", "announced 100 billion ngultrum in support": a sum announced as help is aid (CAMEO 071);
    a sum alone ("announced a $5 billion budget") names no help."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ANNOUNCING_VERBS:
        return None
    for obj in _offered_things(token):
        words = list(obj.subtree)
        forms = any(t.lemma_.lower() in AID_FORMS for t in words)
        if forms and any(t.ent_type_ == "MONEY" or t.lower_ in SUMS for t in words):
            return Trigger("AID", cameo="071")
    return None


def announced_itself(token: Token) -> str | None:
    """"announced a credit line of ...": aid announced is pledged, not yet handed over (status planned)."""
    return "planned" if announced_aid(token) is not None else None
