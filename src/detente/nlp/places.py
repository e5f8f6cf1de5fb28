"""Where an event took place: the place phrase that belongs to its trigger, resolved to a country.

`location_for(doc, token, blocked, kb)` reads the syntax around a trigger, in this order, and takes
the first place it finds (outside `blocked`, the phrases of other triggers and clauses; but inside
our own place phrase another event's words are ours: "killed in a raid on a house in X"):

1. for physical acts (assaults, seizures, deployments, protests, visits), the place acted upon
   ("shelled Aleppo", "captured the town of X", "Gibraltar was captured");
2. a locative phrase on the trigger or on the verb of its light-verb phrase ("held talks in Bangkok");
   physical acts take any spatial preposition (in, at, near, outside, around, over, ...), words and
   meetings only a venue (in, at, during, ...): "raised concerns about activity around X" is a topic;
3. a locative phrase on the trigger's own arguments ("captured her title in Rome", "killed by a
   mortar in X");
4. when the trigger states no place of its own, one on a verb conjoined with it ("shot one man and
   wounded two in X", "captured, shot and dumped in X", "bombed and destroyed an office at X"), or on
   the verb of the clause a noun trigger (or the noun whose aim it is: "an attempt to kill X was foiled
   in Y") sits in ("the attack killed ten in X");
5. a "where" clause the trigger sits in ("the summit in Lima, where the leaders signed");
6. a clause of the same moment: "when" clauses, subjectless or pronoun-subject "while"/"as" clauses and
   -ing clauses ("was shot while filming a protest in X", "killed when troops stormed X", "killed
   fighting in X"), with the verbs they chain to ("trying to defuse it on a road in X");
7. last, for physical acts, a clause on a participant or on the object of a locative phrase ("a car
   parked in X was blown up", "stabbed at a cafe he owned in X"), never a state of having or being.
Nothing else: no sentence-wide guess (measured: it costs more "no place" events than it finds).

Inside a phrase a place is an actor mention the actor component labelled a place (GPE, LOC, FAC,
COUNTRY, METONYM), a spaCy GPE/LOC/FAC entity, or a capitalised proper name the gazetteer
(`detente.kb.places`) or the knowledge base can place. The place's name is the most specific one
written ("the al-Hamra district in central Homs" -> "al-Hamra"); its country is the first one the
phrase gives: the place's own, an appositive country ("Busan, South Korea"), a possessor ("Syria's
Homs") or a demonym ("the Turkish city of X"). Events whose place is not stated get no location
(a dateline is used later, by the event links, and only for the day's in-person events; the
gazetteer lets a city dateline such as "BUSAN, South Korea -" be placed at all).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from detente.kb.places import gazetteer, is_capitalised
from detente.nlp.mentions import clean_name
from detente.records import Location

LOCATIVE = {"in", "at", "on", "near", "outside", "inside", "around", "across", "throughout", "within", "off", "through",
            "nearby", "behind", "beyond", "along", "over", "into", "onto", "towards", "toward", "amid",
            "among", "opposite", "beside", "during"}
# "on" and "over" name a place only when their object is one ("on the outskirts of X", "over Syria");
# their dates ("on Monday") and topics ("talks on trade") never are, since only places are taken.
PLACE_LABELS = {"GPE", "LOC", "FAC", "COUNTRY", "METONYM"}
NER_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Events whose object, when a place, is where they happened.
PHYSICAL_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST"}
VISIT_LEMMAS = {"visit", "tour", "enter", "reach", "arrive", "invade", "occupy", "patrol", "raid", "storm",
                "capture", "seize", "liberate", "recapture", "retake", "besiege", "bomb", "shell", "strike",
                "attack", "overrun", "destroy", "target", "hit", "blockade", "surround", "encircle"}
# Nouns that make "the X of <Name>" a place ("the town of X") even when no gazetteer knows the name.
PLACE_NOUNS = {"city", "town", "village", "district", "province", "region", "governorate", "state",
               "county", "capital", "port", "island", "islands", "neighbourhood", "neighborhood", "area",
               "suburb", "suburbs", "outskirts", "border", "territory", "municipality", "prefecture",
               "camp", "base", "airport", "valley", "coast", "countryside", "streets", "street", "square",
               "enclave", "region", "hamlet", "oblast", "republic", "peninsula", "strait", "sea", "gulf",
               "river", "mountains", "highway", "road", "crossing", "checkpoint", "compound", "embassy",
               "consulate", "palace", "hall", "headquarters", "harbour", "harbor", "waters", "soil", "hut", "house",
               "home", "building", "hospital", "school", "office", "market", "mosque", "church", "temple",
               "farm", "station", "hotel", "terminal", "bridge", "fortress", "prison", "stadium", "university",
               "zone", "front", "frontier", "quarter", "refugee", "kibbutz", "settlement", "outpost", "stronghold",
               "lake", "desert", "forest", "jungle", "plain", "plateau", "heights", "hill", "hills", "bay", "canal",
               "museum", "theatre", "theater", "cinema", "restaurant", "cafe", "shop", "mall", "park", "cathedral",
               "monastery", "shrine", "synagogue", "barracks", "garrison", "courthouse", "nightclub", "bazaar",
               "avenue", "boulevard", "lane", "plaza"}
# Place nouns whose "of" phrase names the place itself ("the town of X"; "the office of X" does not).
AREA_NOUNS = {"city", "town", "village", "district", "province", "region", "governorate", "state", "county",
              "capital", "port", "island", "islands", "neighbourhood", "neighborhood", "suburb", "territory",
              "municipality", "prefecture", "valley", "coast", "enclave", "hamlet", "oblast", "republic",
              "peninsula", "strait", "sea", "gulf", "lake", "river", "desert", "plain", "plateau", "bay",
              "kibbutz", "settlement", "island", "mountains", "heights", "hills", "forest", "jungle", "waters"}
# Facilities named after their place: "the airport of X", "the port of Y".
PLACE_OF_NOUNS = {"airport", "port", "harbour", "harbor", "terminal", "terminals", "street", "streets", "road", "roads"}
# Nouns for a part of a place: "the outskirts of X", "the northern perimeter of X", "the centre of X".
PART_NOUNS = {"outskirts", "edge", "perimeter", "centre", "center", "heart", "middle", "part", "parts", "north",
              "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "vicinity",
              "environs", "periphery", "side", "end", "countryside", "suburbs", "streets", "rest", "bank", "banks",
              "shore", "shores", "embankment", "slopes", "foothills", "area", "areas", "stretch"}
# "BUSAN, South Korea -", "ISTANBUL, May 16 (Reuters) -": the place opening an article's body
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Za-z.\s0-9]{2,20})?\s*(?:\([^)]{1,30}\)\s*)?"
                      r"(?:\u2014|\u2013|--|-)\s")
CLAUSES = {"relcl", "advcl", "ccomp", "acl", "csubj", "parataxis"}
NOUN_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}


def _trim(text: str) -> str:
    return clean_name(text).strip()


def _doc_countries(doc: Doc) -> frozenset[str]:
    """Countries the article names (its actors'), to pick "Tripoli" in Lebanon over Libya's."""
    cached = doc.user_data.get("detente_place_countries")
    if cached is None:
        spans = doc.spans["actors"] if "actors" in doc.spans else []
        cached = frozenset(s._.ref.country for s in spans if s._.ref is not None and s._.ref.country)
        doc.user_data["detente_place_countries"] = cached
    return cached


def _entity_at(doc: Doc, token: Token) -> Span | None:
    """The NER entity a token is in, with its label (a bare doc slice would carry none)."""
    if token.ent_iob_ == "O":
        return None
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _proper_run(doc: Doc, token: Token) -> Span | None:
    """The run of capitalised proper-noun tokens around a token ("Deir ez-Zor", "Kuala Lumpur")."""
    def part(t: Token) -> bool:
        return t.pos_ == "PROPN" or (t.text in {"-", "al", "el", "ez", "de", "la"} and t.i not in {0, len(doc) - 1})
    if token.pos_ != "PROPN":
        return None
    start, end = token.i, token.i + 1
    while start > token.sent.start and part(doc[start - 1]):
        start -= 1
    while end < token.sent.end and part(doc[end]):
        end += 1
    while start < end and not _has_letter(doc[start]):   # (keep "U.S." in "the U.S. Embassy")
        start += 1
    while end > start and not _has_letter(doc[end - 1]):
        end -= 1
    return doc[start:end] if end > start else None


def _has_letter(token: Token) -> bool:
    return any(ch.isalpha() for ch in token.text)


def _country_of(name: str, kb, doc: Doc, vouched: bool) -> str | None:
    """The country of a place name: the knowledge base's (countries, capitals, metonyms), else the
    gazetteer's; a multi-word name the gazetteer lacks is tried word by word ("Gimhae Air Base")."""
    code = kb.country_code(name) if kb is not None else None
    if code:
        return code
    found = gazetteer().lookup(name, prefer=_doc_countries(doc), allow_common=vouched)
    if found is not None:
        return found.country
    first, _, rest = name.partition(" ")
    if rest and first.lower() in COMPASS:   # "Western Afghanistan", "North Darfur" when not a name of its own
        return _country_of(rest, kb, doc, vouched)
    return None


COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
           "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
           "southeastern", "southwestern", "upper", "lower"}


def _parts_country(span: Span, kb, doc: Doc) -> str | None:
    """"Gimhae Air Base", "the Nicosia airport": a placeable proper name inside a facility's name."""
    if not (span.label_ == "FAC" or span[-1].lemma_.lower() in PLACE_NOUNS):
        return None   # "Abu Zubaydah" is not in a city called Abu
    for t in span[:-1] if len(span) > 1 else span:
        if t.pos_ == "PROPN" and t.is_title and len(t) >= 3:
            code = _country_of(t.text, kb, doc, vouched=False)
            if code:
                return code
    return None


class Candidate:
    """A place found in the text: its span, its country when known, and how sure we are it is a place."""

    __slots__ = ("span", "country", "sure")

    def __init__(self, span: Span, country: str | None, sure: bool):
        self.span, self.country, self.sure = span, country, sure

    @property
    def name(self) -> str:
        return _trim(self.span.text)


def _place_worded(span: Span) -> bool:
    """"Aziziyah district", "Manger Square": a name that ends in, or is followed by, a place noun."""
    doc = span.doc
    last = span[-1].lemma_.lower()
    nxt = doc[span.end] if span.end < len(doc) else None
    if last in PLACE_NOUNS or (nxt is not None and nxt.pos_ == "NOUN" and nxt.lemma_.lower() in PLACE_NOUNS):
        return True
    root, head = span.root, span.root.head
    if root.dep_ == "pobj" and head.lower_ in {"around", "near", "outside", "in"} and \
            head.head.lemma_.lower() in PLACE_NOUNS | PART_NOUNS:
        return True   # "the area around X", "a farm in X"
    if root.dep_ == "pobj" and head.lower_ == "of" and _names_its_place(head.head):
        return True   # "the town of X", "the outskirts of X" (not "the office of X")
    if root.dep_ in {"compound", "nmod"} and head.pos_ == "NOUN" and any(
            t.lemma_.lower() in PLACE_NOUNS for t in [head, head.head] if t.pos_ == "NOUN" and t.i > root.i):
        return True   # "the Kawkab army base", "the Merdeka palace"
    if root.dep_ == "appos" and head.lemma_.lower() in PLACE_NOUNS:   # "the regional capital, X"
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in root.children)   # "X, a small town"


NON_PLACE_ENTITIES = {"PERSON", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY",
                      "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"}


def place_at(doc: Doc, token: Token, kb) -> Candidate | None:
    """The place a token belongs to, if it names one (see the module notes for what counts)."""
    if not (token.text[:1].isupper() or token.pos_ == "PROPN"):
        return None
    mention = (doc._.mention_at or {}).get(token.i)
    if mention is not None and mention.label_ == "DEMONYM":
        return None
    if mention is not None and mention.label_ in PLACE_LABELS:
        ref = mention._.ref
        country = (ref.country if ref is not None else None) or _country_of(_trim(mention.text), kb, doc, True)
        return Candidate(mention, country or _parts_country(mention, kb, doc), True)
    entity = _entity_at(doc, token)
    if entity is not None and entity.label_ in NER_PLACE_LABELS and (
            mention is None or mention.label_ not in {"PERSON", "ACTOR", "DEMONYM"}):
        name = _trim(entity.text)
        country = _country_of(name, kb, doc, vouched=entity.label_ == "GPE") or _parts_country(entity, kb, doc)
        return Candidate(entity, country, True)
    run = _proper_run(doc, token)
    if run is None or not is_capitalised(run.text) or (run.start == run.sent.start and len(run) == 1):
        return None
    if all(t.lemma_.lower() in PLACE_NOUNS | PART_NOUNS | COMPASS for t in run) and not _after_state(run):
        return None   # "the city's central Bazaar", "the Old City": a capitalised common noun, no name
    named = (mention is not None and mention._.ref is not None and mention._.ref.kind == "person") or (
        entity is not None and entity.label_ in NON_PLACE_ENTITIES)
    if named:   # a person's or a group's name, unless a place noun or a preposition says otherwise
        worded = _place_worded(run)
        if worded or _after_locative(run):   # "the city of Aleppo" (NER: a language), "at Birgunj"
            country = _country_of(_trim(run.text), kb, doc, vouched=False)
            if country is not None:
                return Candidate(run, country, True)
        return Candidate(run, None, False) if worded else None
    country = _country_of(_trim(run.text), kb, doc, vouched=False)
    if country is not None:
        return Candidate(run, country, True)
    return Candidate(run, None, False)   # a proper name that may be a place: needs a place noun


def _names_its_place(noun: Token) -> bool:
    """"the town of", "the streets of", "the airport of": a noun whose "of" phrase is the place itself."""
    return bool({noun.lower_, noun.lemma_.lower()} & (AREA_NOUNS | PART_NOUNS | PLACE_OF_NOUNS))


def _after_state(span: Span) -> bool:
    """"the U.S. Embassy", "the Turkish Consulate": a facility named by the state before it."""
    if span.start == 0:
        return False
    mention = (span.doc._.mention_at or {}).get(span.start - 1)
    return mention is not None and mention.label_ in {"COUNTRY", "DEMONYM", "METONYM", "GPE"}


def _after_locative(span: Span) -> bool:
    """"at Birgunj", "in Taji": a name governed by a spatial preposition, where NER's "person" is a slip."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in SPATIAL_PREPS


def _named_by_place_noun(cand: Candidate) -> bool:
    """"the town of X", "X province", "the Y neighbourhood": a place noun says the name is a place."""
    span = cand.span
    head = span.root.head
    if span.root.dep_ in {"compound", "amod", "nmod", "poss"} and head.lemma_.lower() in PLACE_NOUNS:
        return True
    return _place_worded(span)


def _demonym_country(tokens: list[Token], doc: Doc) -> str | None:
    for t in tokens:
        mention = (doc._.mention_at or {}).get(t.i)
        if mention is not None and mention.label_ in {"DEMONYM", "COUNTRY"} and mention._.ref is not None:
            if mention._.ref.country:
                return mention._.ref.country
    return None


SITE_NOUNS = {"site", "facility", "installation", "plant", "base", "reactor", "compound", "airfield", "depot"}


def _national_site(doc: Doc, root: Token, blocked: set[int]) -> Location | None:
    """"strikes on Iranian nuclear sites": a site named by its nation lies in that country."""
    noun = next((g for g in root.children if g.dep_ == "pobj"), None) if root.dep_ == "prep" else root
    if noun is None or noun.i in blocked or noun.lemma_.lower() not in SITE_NOUNS:
        return None
    country = _demonym_country([c for c in noun.children if c.dep_ in {"amod", "compound"}], doc)
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "poss", "case", "nummod"}]
    return Location(name=" ".join(t.text for t in words), country=country) if country else None


SPATIAL_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within",
                 "through", "along", "into", "towards", "toward", "beside", "behind"}
NESTED_PREPS = {"in", "at", "near", "of", "outside", "inside", "around", "within", "across", "off", "on", "along",
                "throughout", "over", "into", "beside", "behind", "during", "amid", "by", "with", "through"}


def _walk(root: Token, blocked: set[int]) -> Iterator[tuple[Token, int]]:
    """The tokens of a phrase with their depth below its root, without nested clauses, blocked tokens
    or topic phrases ("talks on Iran": an "on" whose object is a state is a topic, not a place)."""
    stack = [(root, 0)]
    while stack:
        t, depth = stack.pop()
        if t.i in blocked:
            continue
        yield t, depth
        for c in reversed(list(t.children)):
            if c.dep_ in CLAUSES:
                continue
            if c.dep_ == "prep" and c.lower_ not in NESTED_PREPS and not _distance_from(c) and not _along_route(c):
                continue
            if c.dep_ == "prep" and c.lower_ == "on" and any(
                    g.dep_ == "pobj" and _is_state(g) for g in c.children):
                continue
            stack.append((c, depth + 1))


DISTANCE_NOUNS = {"km", "kilometre", "kilometer", "kilometres", "kilometers", "mile", "miles", "metre", "meter",
                  "metres", "meters", "yard", "yards", "feet", "foot"}


def _distance_from(prep: Token) -> bool:
    """"150 metres from a mosque in X", "patrolled 10 miles from the city of X": "from" after a distance."""
    if prep.lower_ != "from":
        return False
    near = [prep.head] + [c for c in prep.head.children if c.dep_ in {"npadvmod", "dobj", "advmod"}]
    return any(t.lower_ in DISTANCE_NOUNS or t.lemma_.lower() in DISTANCE_NOUNS for t in near)


ROUTE_NOUNS = {"road", "highway", "route", "motorway", "railway", "corridor", "way", "journey", "convoy"}


def _along_route(prep: Token) -> bool:
    """"on the road from X through Y to Z": the ends of a route are places on it."""
    return prep.lower_ in {"from", "to"} and prep.head.lemma_.lower() in ROUTE_NOUNS


def _is_state(token: Token) -> bool:
    mention = (token.doc._.mention_at or {}).get(token.i)
    return mention is not None and mention.label_ in {"COUNTRY", "DEMONYM", "ACTOR"}


def _actor_modifier(cand: Candidate) -> bool:
    """"a U.S. airstrike", "a US-Kurdish operation", "Brazil's Helio Castroneves": a state named before a
    common noun is who acted, and a state owning a person is the person's nationality."""
    root = cand.span.root
    doc = cand.span.doc
    if root.dep_ == "poss":   # (a possessor of a thing is a place: "killed in Syria's war")
        return _is_person(root.head)
    head = root.head
    if root.dep_ == "npadvmod" and head.dep_ in {"amod", "compound"}:   # "US-Kurdish operation"
        head = head.head
    if root.dep_ not in {"compound", "amod", "nmod", "npadvmod"} or head.pos_ != "NOUN":
        return False
    if head.lemma_.lower() in PLACE_NOUNS:
        return False
    mention = (doc._.mention_at or {}).get(root.i)
    return mention is not None and mention.label_ in {"COUNTRY", "METONYM", "ACTOR"}


def _is_person(token: Token) -> bool:
    """A token naming a person (by NER or the actor component), e.g. the head of "England's Dan Smith"."""
    mention = (token.doc._.mention_at or {}).get(token.i)
    return token.ent_type_ == "PERSON" or (mention is not None and mention.label_ == "PERSON")


def _context_only(cand: Candidate) -> bool:
    """"Syria's Homs", "the Belarus capital Minsk": a possessor or modifier that places what follows."""
    root = cand.span.root
    if root.dep_ == "poss":
        return True
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.pos_ == "PROPN" and \
        not _named_by_place_noun(cand)


def _modifier_of_named(cand: Candidate) -> bool:
    """"the south Kabul base, Darulaman Palace": a place modifying a noun that has a name of its own
    is context for that name, which is more specific."""
    root = cand.span.root
    return root.dep_ in {"compound", "nmod", "amod"} and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.lemma_.lower() in PLACE_NOUNS for c in root.head.children)


def place_in(doc: Doc, root: Token, blocked: set[int], kb) -> Location | None:
    """The place named in a phrase: the most specific place (the one nearest the phrase's head; a place
    a gazetteer or NER vouches for before a bare proper name), with the first country the phrase gives."""
    walked = list(_walk(root, blocked))
    found: list[tuple[tuple, Candidate]] = []
    seen: set[int] = set()
    for t, depth in sorted(walked, key=lambda x: x[0].i):
        if t.i in seen:
            continue
        cand = place_at(doc, t, kb)
        if cand is None:
            continue
        seen.update(range(cand.span.start, cand.span.end))
        if _actor_modifier(cand):
            continue
        if cand.sure or _named_by_place_noun(cand):
            span_depth = min(d for tok, d in walked if cand.span.start <= tok.i < cand.span.end) \
                if any(cand.span.start <= tok.i < cand.span.end for tok, _ in walked) else depth
            found.append(((_context_only(cand), span_depth, _modifier_of_named(cand), t.i), cand))
    if not found:
        return _national_site(doc, root, blocked)
    ordered = [c for _, c in sorted(found, key=lambda x: x[0])]
    first = ordered[0]
    by_position = sorted(ordered, key=lambda c: c.span.start)
    country = first.country or next((c.country for c in by_position if c.country), None) or \
        _demonym_country([t for t, _ in walked], doc)
    return Location(name=first.name or None, country=country)


# Where words and meetings happen: a venue. "raised concerns about activity around Taiwan" is a topic.
VENUE = {"in", "at", "during", "inside", "outside", "on", "amid"}


def _preps(token: Token, blocked: set[int], physical: bool = True) -> list[Token]:
    """The objects of the locative prepositions attached to a token ("in Seoul", "on the outskirts of X");
    for words and meetings (not physical acts) only the venue prepositions."""
    out = []
    for c in token.children:
        if c.dep_ != "prep" or c.i in blocked:
            continue
        if c.lower_ not in (LOCATIVE if physical else VENUE) and not (physical and _distance_from(c)):
            continue
        if c.lower_ == "on" and any(g.dep_ == "pobj" and _is_state(g) for g in c.children):
            continue   # "sanctions on Russia": a target, not a place
        # the object may be another event ("killed in a raid in X"): the caller opens it up
        out += [g for g in c.children if g.dep_ == "pobj"]
        # "outside of X", "in front of X": a multi-word preposition
        out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return out


TIME_NOUNS = {"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "time"}


def _is_time(token: Token) -> bool:
    return token.ent_type_ in {"DATE", "TIME"} or token.lemma_.lower() in TIME_NOUNS


def _time_phrase_preps(heads: list[Token], blocked: set[int], physical: bool) -> list[Token]:
    """"The same day in Beijing, X held talks", "On Monday in Paris, they met": a place the parser
    hung on the time phrase of the clause is the clause's place."""
    out = []
    for head in heads:
        times = [c for c in head.children if c.dep_ == "npadvmod" and _is_time(c) and c.i not in blocked]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.i not in blocked):
            # the parser hangs "in X" on the time noun or on its preposition ("On Friday in X")
            times += [prep, *(g for g in prep.children if g.dep_ == "pobj")] \
                if any(g.dep_ == "pobj" and _is_time(g) for g in prep.children) else []
        out += [obj for t in times for obj in _preps(t, blocked, physical)]
    return out


GATHERING_VERBS = {"attend", "join", "skip", "boycott", "host", "chair", "address"}


def _gathering_preps(token: Token, blocked: set[int]) -> list[Token]:
    """"will attend the ceremony in Tokyo": going to a gathering happens where the gathering is held."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in GATHERING_VERBS:
        return []
    # the gathering is often an event word of its own, whose phrase is blocked: open it up
    return [o for c in token.children if c.dep_ == "dobj" for o in _preps(c, _opened(c, blocked), False)]


def _light_verb(token: Token) -> Token | None:
    from detente.nlp.triggers import LIGHT_VERBS
    return token.head if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS else None


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a noun trigger is an argument of ("the attack killed ten": killed)."""
    node = token
    for _ in range(3):
        if node.dep_ not in NOUN_ROLES and not (node.dep_ == "pobj" and node.head.dep_ in {"prep", "agent"}):
            return None
        node = node.head if node.dep_ != "pobj" else node.head.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _aim_noun(token: Token) -> Token | None:
    """"an attempt to kill X was foiled in Y": the noun whose aim a verb trigger is stands in for it."""
    if token.dep_ in {"acl", "xcomp"} and token.head.pos_ == "NOUN" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return token.head
    return None


def _conjoined(token: Token) -> list[Token]:
    """Verbs conjoined with a verb trigger ("was shot and killed in X", "captured, shot and left in X"),
    nearest first."""
    return sorted((c for c in token.conjuncts if c.pos_ == "VERB"), key=lambda c: abs(c.i - token.i))


def _is_physical(token: Token) -> bool:
    from detente.nlp.triggers import trigger_for
    trigger = trigger_for(token)
    if trigger is None or trigger.type in PHYSICAL_TYPES:
        return True   # (a word that is no trigger is only asked about by evaluation: read it broadly)
    return token.lemma_.lower() in VISIT_LEMMAS


def _object_place(doc: Doc, token: Token, blocked: set[int], kb) -> Location | None:
    """"shelled Aleppo", "captured the town of X", "Gibraltar was captured": the place acted upon."""
    if token.pos_ != "VERB" or not _is_physical(token):
        return None
    passive = any(c.dep_ == "auxpass" for c in token.children)
    roles = {"dobj", "nsubjpass"} if passive else {"dobj"}
    # the small model often parses a bare place object as a modifier ("recaptured Mosul" as advmod)
    misparsed = [c for c in token.children if c.dep_ in {"advmod", "npadvmod"} and c.ent_type_ in NER_PLACE_LABELS
                 and c.i > token.i]
    for obj in [c for c in token.children if c.dep_ in roles and c.i not in blocked] + misparsed:
        cand = place_at(doc, obj, kb)
        if cand is not None and obj.i in range(cand.span.start, cand.span.end):
            # NER calls many a name GPE: the object must be placed, or called a place, or be what a
            # verb of taking or striking ground acts on ("captured the Golan", "bombed Pooneryn")
            if cand.country or _named_by_place_noun(cand) or (
                    cand.sure and token.lemma_.lower() in VISIT_LEMMAS and not _described_otherwise(cand)):
                return place_in(doc, obj, blocked, kb)
            continue
        # "the town of X", "the airport in Y", "the streets of Z"; "of" only after a place noun
        # ("the commander of X's rebels" is who, not where)
        of_ok = _names_its_place(obj)
        preps = [c for c in obj.children if c.dep_ == "prep" and (c.lower_ in LOCATIVE or (c.lower_ == "of" and of_ok))]
        for prep in preps:
            found = place_in(doc, prep, blocked, kb)
            if found is not None and found.name:
                return found
        if obj.lemma_.lower() in PLACE_NOUNS:   # "the Nicosia airport", "the base, Darulaman Palace"
            found = place_in(doc, obj, blocked, kb)
            if found is not None and found.name:
                return found
        if _national_site(doc, obj, blocked) is not None:   # "struck Iranian nuclear sites"
            return _national_site(doc, obj, blocked)
    return None


def _described_otherwise(cand: Candidate) -> bool:
    """"Abu Zubaydah, al-Qaida's top coordinator": an appositive common noun says the name is no place."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() not in PLACE_NOUNS | PART_NOUNS
               for c in cand.span.root.children)


def _compound_place(doc: Doc, noun: Token, blocked: set[int], kb) -> Location | None:
    """"the Nicosia airport", "Syria's Homs province": a place written before a place noun."""
    for c in noun.children:
        if c.dep_ in {"compound", "poss", "nmod", "amod"} and c.i not in blocked and c.i < noun.i:
            cand = place_at(doc, c, kb)
            if cand is not None and (cand.sure or cand.country):
                return Location(name=cand.name, country=cand.country)
    return None


def _where_clause(doc: Doc, token: Token, blocked: set[int], kb) -> Location | None:
    """"... in Busan, where the two leaders met": the place a "where" clause hangs from."""
    node = token
    for _ in range(6):
        if node.dep_ == "relcl" or (node.dep_ in {"advcl", "ccomp"} and any(
                c.lower_ == "where" and c.dep_ == "advmod" for c in node.children)):
            if any(c.lower_ == "where" and c.dep_ == "advmod" for c in node.children):
                head = node.head
                cand = place_at(doc, head, kb)
                if cand is not None and (cand.sure or _named_by_place_noun(cand)):
                    return Location(name=cand.name, country=cand.country)
                if head.lemma_.lower() in PLACE_NOUNS:
                    return _compound_place(doc, head, set(), kb)
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


ARGUMENTS = {"dobj", "acomp", "oprd", "agent", "dative", "attr", "npadvmod", "advmod", "nsubjpass", "nsubj"}


def _argument_preps(token: Token, blocked: set[int], physical: bool = True) -> list[Token]:
    """Locative phrases on the trigger's own arguments: "captured her title in Rome", "shot dead
    outside X", "killed by a mortar in X", "shot a policeman and a worker in X"."""
    out = []
    for arg in token.children:
        if arg.dep_ not in ARGUMENTS or arg.i in blocked:
            continue
        heads = [g for g in arg.children if g.dep_ == "pobj"] if arg.dep_ == "agent" else [arg]
        heads += [c for h in list(heads) for c in h.conjuncts if c.i not in blocked]
        for head in heads:
            out += _preps(head, blocked, physical)
    return out


def _between_preps(token: Token, blocked: set[int]) -> list[Token]:
    """"the summit between A and B at X": the parser hangs the venue on the last party of a meeting
    noun's "between" phrase; it tells where the meeting was held."""
    if token.pos_ != "NOUN":
        return []
    parties = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "between" and c.i not in blocked
               for g in c.children if g.dep_ == "pobj"]
    parties += [c for p in list(parties) for c in p.conjuncts if c.i not in blocked]
    return [obj for p in parties if p.i > token.i for obj in _preps(p, blocked, physical=False)]


def _states_place(obj: Token) -> bool:
    """"in a mountain hut", "in Kabul": a locative phrase that says where, named or not (a date does not)."""
    if obj.ent_type_ in {"DATE", "TIME"}:
        return False
    return obj.lemma_.lower() in PLACE_NOUNS or obj.pos_ == "PROPN"


def _says_circumstance(clause: Token) -> bool:
    """"when troops stormed X", "while planting a bomb in X", "as he walked along X", "killed fighting in X":
    a clause of the same moment happens at the same place; a "while"/"as" clause with a subject of its
    own names someone else's doings ("while thousands more rallied at X"), unless it is a pronoun."""
    if clause.pos_ not in {"VERB", "AUX"} and not _ing_form(clause):
        return False
    words = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if "when" in words:
        return True
    if words & {"while", "as"} or (not words & SEQUENCE_WORDS and _ing_form(clause)):
        return subject is None or subject.pos_ == "PRON"
    return False


def _ing_form(token: Token) -> bool:
    """A participle in -ing, also where the tagger took it for a noun ("killed fighting in X")."""
    return token.tag_ == "VBG" or (token.dep_ in {"xcomp", "advcl"} and token.lower_.endswith("ing"))


SEQUENCE_WORDS = {"after", "before", "since", "until", "because", "if", "unless", "although", "though", "once"}


def _clause_places(doc: Doc, clause: Token, blocked: set[int], kb, physical: bool) -> Iterator[Location | None]:
    """The places a circumstance clause states: its own object place and locative phrases, on its verb,
    the verbs it chains to ("trying to defuse it on the road in X") and its arguments."""
    free = blocked - {t.i for t in clause.subtree}
    verbs = [clause]
    while (nxt := next((c for c in verbs[-1].children if c.dep_ == "xcomp"), None)) is not None:
        verbs.append(nxt)   # "tried to escape X", "trying to defuse it on the road in X"
    for verb in verbs:
        if verb.pos_ == "VERB":
            yield _object_place(doc, verb, free, kb)
        for obj in _preps(verb, free, physical) + _argument_preps(verb, free, physical):
            yield place_in(doc, obj, _opened(obj, free), kb)


def _opened(obj: Token, blocked: set[int]) -> set[int]:
    """Inside our own place phrase another event's words are ours too: "killed in a raid in X"."""
    return blocked - {t.i for t in obj.subtree}


def _candidates(doc: Doc, token: Token, blocked: set[int], kb) -> Iterator[Location | None]:
    """Places for a trigger, most direct first (see the module notes)."""
    own = [token]
    verb = _light_verb(token)
    if verb is not None:
        own.append(verb)
    physical = _is_physical(token)
    if token.pos_ == "VERB":
        yield _object_place(doc, token, blocked, kb)
    for head in own:
        preps = _preps(head, blocked, physical)
        # after the verb before fronted ones: "In X, soldiers shot a man near the Y crossing"
        for obj in sorted(preps, key=lambda o: (o.i < head.i, o.i)):
            yield place_in(doc, obj, _opened(obj, blocked), kb)
    for obj in _argument_preps(token, blocked, physical) + _time_phrase_preps(own, blocked, physical) + \
            _gathering_preps(token, blocked) + _between_preps(token, blocked):
        yield place_in(doc, obj, _opened(obj, blocked), kb)
    # a conjoined verb shares the trigger's adjuncts ("shot one and wounded five in X"), even when
    # it is an event of its own
    stated = any(_states_place(obj) for head in own for obj in _preps(head, blocked))
    conjoined = _conjoined(token) if token.pos_ == "VERB" and not stated else []
    for head in conjoined:   # "bombed and destroyed an office at X"
        free = blocked - {t.i for t in head.subtree}
        yield _object_place(doc, head, free, kb)
        for obj in _preps(head, free, physical):
            yield place_in(doc, obj, _opened(obj, free), kb)
    noun = token if token.pos_ == "NOUN" else _aim_noun(token)
    clause = _clause_verb(noun) if noun is not None else None
    if clause is not None and clause.i not in blocked:   # "the attack killed ten in X"
        free = (blocked - {t.i for t in clause.subtree}) | {t.i for t in noun.subtree}
        for obj in _preps(clause, free, physical):
            yield place_in(doc, obj, _opened(obj, free), kb)
    yield _where_clause(doc, token, blocked, kb)
    # "was shot while filming a protest in X", "captured hiding in a farmhouse in X": a circumstance
    # clause with no event of its own says where the event happened
    for verb in [token] + conjoined:
        for clause in (c for c in verb.children if c.dep_ in {"advcl", "xcomp"}):
            if _says_circumstance(clause):
                yield from _clause_places(doc, clause, blocked, kb, physical)
    if physical and token.pos_ == "VERB":
        for clause in _participant_clauses(token, blocked):
            yield from _clause_places(doc, clause, blocked, kb, physical)


def _participant_clauses(token: Token, blocked: set[int]) -> list[Token]:
    """"a car parked in X was detonated", "killed people who tried to flee X", "shot by gunmen hiding in X",
    "shot at a shop they ran in X": what a clause on a participant of a physical act, or on the object of
    its locative phrase, says about where it was (a last resort)."""
    out = []
    args = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent"}]
    args += [c for c in token.children if c.dep_ == "prep" and c.lower_ in LOCATIVE]
    for arg in args:
        nouns = [g for g in arg.children if g.dep_ == "pobj"] if arg.dep_ in {"agent", "prep"} else [arg]
        nouns += [g for n in list(nouns) for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]   # "dozens of people who ..."
        out += [c for n in nouns for c in n.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                and c.lemma_.lower() not in {"have", "be"}]   # "troops which have their bases in X": a state
    return out


def location_for(doc: Doc, token: Token, blocked: set[int], kb) -> Location | None:
    """Where the event a trigger names took place, when the sentence says so; None otherwise.

    The first place found names the event's location; when it has no country, a later one gives it
    ("Manger Square in nearby Bethlehem").
    """
    _resolve_dateline(doc, kb)
    chosen: Location | None = None
    for found in _candidates(doc, token, blocked, kb):
        if found is None or not found.name:
            continue
        if chosen is None:
            chosen = found
        if chosen.country:
            return chosen
        if found.country:
            return Location(name=chosen.name, country=found.country)
    return chosen


def _resolve_dateline(doc: Doc, kb) -> None:
    """A dateline city the knowledge base does not know ("BUSAN, South Korea -", "ISTANBUL -") is placed
    with the gazetteer, once per document, so that the event links can use it as they use the others."""
    if doc._.dateline is not None or doc.user_data.get("detente_dateline_checked"):
        return
    doc.user_data["detente_dateline_checked"] = True
    for line in [x for x in doc.text.splitlines() if x.strip()][:3]:
        match = DATELINE.match(line)
        if not match:
            continue
        name = match.group(1).strip().title()
        rest = line[match.end(1):match.end()].split("(")[0].strip(" ,\u2014\u2013-")
        prefer: set[str] = set()
        if rest:   # "ANCHORAGE, Alaska -", "BUSAN, South Korea -"
            region = (kb.country_code(rest) if kb is not None else None) or \
                (gazetteer().lookup(rest).country if gazetteer().lookup(rest) is not None else None)
            prefer = {region} if region else set()
        found = gazetteer().lookup(name, prefer=prefer or _doc_countries(doc))
        if found is not None:
            doc._.dateline = Location(name=name, country=found.country)
            return
