"""Places told by a journey: the destination of a trip, and "there" pointing back to a place.

A visit is often told as the journey itself ("flew to X for talks", "travelled to X as a guest"): the
trip's destination is where the visitor met the hosts, so the object of "to" is the event's place. A
return ("returned to X") is going home, not a meeting place, and is left out; so is setting out ("left
for X"), which news tells as much of a speaker still at home ("before leaving for X, he said") as of
a visit begun (measured: it cost a statement's venue); the place set out for is still the party visited
(`departure_destination`, read by nlp/sides.py). "He flies to X on Wednesday and is due to meet
Y there" and "she visited a base there" place the act by a "there" that points back to the nearest
named place, in its sentence or the one before. "Used his stay in X to meet Y": what a stay or a visit was
used for happened where the stay was.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.doc_cache import sentence_index, sentences
from detente.nlp.place_names import LOCATIVE, place_in
from detente.nlp.syntax import prep_objects
from detente.nlp.venue_countries import NOT_TERRITORY  # an organisation in a place phrase is a gathering, not a country
from detente.records import Location

# verbs of going somewhere by a journey: their "to" phrase is where the traveller arrives
TRAVEL_VERBS = {"fly", "travel", "journey", "jet", "sail"}
BACK_SENTS = 1  # "there" points back within its sentence and the one before
# verbs of setting out: their "for" phrase names where the traveller goes, their object the place left
DEPARTING = {"leave", "depart"}
# nouns of a stay away: "used his visit to X to meet Y", "used her stay in X to sign"
STAY_NOUNS = {"stay", "visit", "trip", "tour", "journey"}
STAY_PREPS = {"in", "at", "to"}


def travel_preps(token: Token, blocked: set[int]) -> list[Token]:
    """The destination of a journey told by the trigger: "flew to X", "travelled on to X"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in TRAVEL_VERBS:
        return []
    out = []
    for c in (c for c in token.children if c.i not in blocked):
        if c.dep_ == "prep" and c.lower_ == "to":
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in {"prt", "advmod"} and c.lower_ == "on":   # "flew on to X"
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                    for g in p.children if g.dep_ == "pobj"]
    return out


def stay_preps(token: Token, blocked: set[int]) -> list[Token]:
    """"used his stay in X to sit down with Y": the place of the stay the trigger's purpose clause hangs from."""
    if token.dep_ not in {"xcomp", "advcl"} or token.pos_ != "VERB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return []   # only a purpose ("to meet Y"): "ended his visit to X a day after they pledged" is not
    stays = [c for c in token.head.children if c.dep_ == "dobj" and c.lemma_.lower() in STAY_NOUNS
             and c.i not in blocked and c.i < token.i]
    return [g for n in stays for p in n.children if p.dep_ == "prep" and p.lower_ in STAY_PREPS
            for g in p.children if g.dep_ == "pobj" and g.i not in blocked]


def departure_destination(token: Token) -> list[Token]:
    """"left (Moscow) for Vienna": the named place set out for is the party visited; the place left is not."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in DEPARTING:
        return []
    return [o for o in prep_objects(token, {"for"}) if o.pos_ == "PROPN" or o.ent_type_ in {"GPE", "LOC"}]


def there_place(doc: Doc, token: Token, blocked: set[int], kb) -> Location | None:
    """"is due to meet Y there", "visited a base there": the nearest named place with a country told before
    the "there" on the trigger, on its object, or on the verb a noun trigger is the object of."""
    heads = [token] + ([token.head] if token.dep_ in {"dobj", "pobj"} else [])
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "dobj"]   # the parser hangs it on the object
    there = next((c for h in heads for c in h.children if c.lower_ == "there" and c.dep_ == "advmod"), None)
    if there is None:
        return None
    sents = sentences(doc)
    start = sents[max(0, sentence_index(doc)[there.sent.start] - BACK_SENTS)].start
    for t in reversed(doc[start:there.i]):
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in LOCATIVE | {"to", "of"} \
                and t.i not in blocked:
            found = place_in(doc, t, set(), kb)
            # a named place: "within the Danish realm" names none, only a country by its people
            if found is not None and found.name and found.country and found.country not in NOT_TERRITORY:
                return found
    return None


def without_destination(refs: list, location: Location | None) -> list:
    """"flew to Florida for dinner with X": a destination the knowledge base does not know was read as a
    party with no country; once it is the event's place it is no side (the host is found from the place)."""
    if location is None or not location.name or not location.country:
        return refs
    return [r for r in refs if r.country or (r.name or "").lower() != location.name.lower()]
