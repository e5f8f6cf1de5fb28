"""What counts as a place inside a phrase, and which country it lies in (the place phrases of nlp/places.py).

Inside a phrase a place is an actor mention the actor component labelled a place (GPE, LOC, FAC,
COUNTRY, METONYM), a spaCy GPE/LOC/FAC entity, or a capitalised proper name the gazetteer
(`detente.kb.places`) or the knowledge base can place. The place's name is the most specific one
written ("the al-Hamra district in central Homs" -> "al-Hamra"); its country is the first one the
phrase gives: the place's own, an appositive country ("Busan, South Korea"), a possessor ("Syria's
Homs") or a demonym ("the Turkish city of X").
"""

from __future__ import annotations

from collections import Counter
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
CLAUSES = {"relcl", "advcl", "ccomp", "acl", "csubj", "parataxis"}


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


def _most_named_countries(doc: Doc) -> list[str]:
    """The article's countries, the one its actors belong to most often first: where its story is."""
    cached = doc.user_data.get("detente_place_countries_ranked")
    if cached is None:
        spans = doc.spans["actors"] if "actors" in doc.spans else []
        counts = Counter(s._.ref.country for s in spans if s._.ref is not None and s._.ref.country)
        cached = [c for c, _ in counts.most_common()]
        doc.user_data["detente_place_countries_ranked"] = cached
    return cached


# parts of speech no name ends in: a function word at an entity's end was swallowed from the words after it
TAIL_WORDS = {"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX"}


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
    while end > token.i + 1 and doc[end - 1].pos_ in TAIL_WORDS:
        end -= 1   # "the Great Hall of the People on Tuesday": NER ran the name on into the preposition after it
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


def _country_of(name: str, kb, doc: Doc, vouched: bool, site: bool = False) -> str | None:
    """The country of a place name: the knowledge base's (countries, capitals, metonyms), else the
    gazetteer's; a multi-word name the gazetteer lacks is tried word by word ("Gimhae Air Base"). A town's
    name inside a site's (`site`) is the namesake in a country the article names, however small: a castle or
    a base is told of where the story is."""
    code = (kb.country_code(name) if kb is not None else None) or SEATS.get(name.lower())
    if code:
        return code
    for country in _most_named_countries(doc) if site else ():
        found = gazetteer().lookup(name, prefer={country}, allow_common=vouched, any_size=True)
        if found is not None and found.country == country:
            return country
    found = gazetteer().lookup(name, prefer=_doc_countries(doc), allow_common=vouched)
    if found is not None:
        return found.country
    first, _, rest = name.partition(" ")
    # "Western Afghanistan", "North Darfur" when not a name of its own; "South America" is no part of America
    if rest and first.lower() in COMPASS and rest.lower() not in CONTINENTS:
        return _country_of(rest, kb, doc, vouched)
    return None


# Seats of government a gazetteer of towns lacks: "a heated Oval Office meeting" happened in that country.
SEATS = {"oval office": "USA", "rose garden": "USA", "camp david": "USA", "élysée palace": "FRA",
         "elysee palace": "FRA", "downing street": "GBR", "chequers": "GBR", "zhongnanhai": "CHN",
         "great hall of the people": "CHN", "blue house": "KOR", "kantei": "JPN",
         # the residence a head of state receives visitors in: "a White House visit", "talks at the Kremlin"
         # (as the teller of news, "the White House said", it is an actor, never looked up here)
         "white house": "USA", "kremlin": "RUS", "miraflores": "VEN", "miraflores palace": "VEN",
         "casa rosada": "ARG", "planalto palace": "BRA", "malacanang": "PHL", "malacañang": "PHL",
         "malacanang palace": "PHL", "diaoyutai": "CHN", "akasaka palace": "JPN", "bellevue palace": "DEU",
         "quirinale": "ITA", "palazzo chigi": "ITA", "moncloa palace": "ESP", "la moncloa": "ESP"}


# Names that, after a compass word, are a continent or ocean region, not the country they sound like.
CONTINENTS = {"america", "americas", "asia", "africa", "europe", "pacific", "atlantic", "caribbean", "mediterranean"}


COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
           "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
           "southeastern", "southwestern", "upper", "lower"}


# Features at sea: their names borrow a country or a namesake town ("South China Sea", "Scarborough Shoal")
# without lying in it, so only a name known whole gives them a country.
OPEN_WATER_NOUNS = {"sea", "ocean", "gulf", "strait", "straits", "shoal", "reef", "atoll", "cay", "sandbank",
                    "channel"}


def _parts_country(span: Span, kb, doc: Doc) -> str | None:
    """"Gimhae Air Base", "the Nicosia airport": a placeable proper name inside a facility's name."""
    if not (span.label_ == "FAC" or span[-1].lemma_.lower() in PLACE_NOUNS):
        return None   # "Abu Zubaydah" is not in a city called Abu
    if span[-1].lemma_.lower() in OPEN_WATER_NOUNS:
        return None
    for t in span[:-1] if len(span) > 1 else span:
        if t.pos_ == "PROPN" and t.is_title and len(t) >= 3:
            code = _country_of(t.text, kb, doc, vouched=False, site=True)
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
        # "in Brussels" stands for the EU as an actor, but as a place it lies in its own country
        own = _country_of(_trim(mention.text), kb, doc, True) if ref is None or ref.sector == "IGO" else None
        country = own or (ref.country if ref is not None else None) or _country_of(_trim(mention.text), kb, doc, True)
        return Candidate(mention, country or _parts_country(mention, kb, doc), True)
    entity = _entity_at(doc, token)
    if entity is not None and entity.label_ in {"DATE", "TIME"}:
        return None   # "at the end of December": a month is no place, whatever noun it follows
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
# "Thai villages", "Ukrainian territory": land named by its nation (not its waters: those may be disputed)
NATIONAL_AREAS = {"city", "town", "village", "district", "province", "region", "county", "capital", "territory",
                  "soil", "hamlet", "border", "countryside", "airspace", "settlement", "neighbourhood", "neighborhood"}


def _national_site(doc: Doc, root: Token, blocked: set[int]) -> Location | None:
    """"strikes on Iranian nuclear sites", "rockets landed in Thai villages": a site or an area named by
    its nation lies in that country."""
    noun = next((g for g in root.children if g.dep_ == "pobj"), None) if root.dep_ == "prep" else root
    # "districts of Syrian cities": a part of the nation's land, too vague to place an act
    nouns = SITE_NOUNS if root.lower_ == "of" else SITE_NOUNS | NATIONAL_AREAS
    if noun is None or noun.i in blocked or noun.lemma_.lower() not in nouns:
        return None
    country = _demonym_country([c for c in noun.children if c.dep_ in {"amod", "compound"}], doc)
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "poss", "case", "nummod"}]
    return Location(name=doc[words[0].i:noun.i + 1].text, country=country) if country else None


TOWN_NOUNS = {"city", "town", "village"}  # a settlement: "the city" points back to a named town, not to a country
ANAPHOR_REACH = 1  # sentences back a definite "the city" may point


def _antecedent_town(doc: Doc, root: Token, blocked: set[int], kb) -> Location | None:
    """"landed in Belgrade ..., after aircraft struck the embassy in the city": a bare definite settlement
    noun points back to the town named last before it (in its sentence or the one before); a country
    named in between is no town."""
    noun = next((g for g in root.children if g.dep_ == "pobj"), None) if root.dep_ == "prep" else root
    if noun is None or noun.i in blocked or noun.lemma_.lower() not in TOWN_NOUNS or \
            [c.lower_ for c in noun.children] != ["the"]:
        return None
    first = noun.sent.start
    for _ in range(ANAPHOR_REACH):
        first = doc[first - 1].sent.start if first > 0 else first
    mentions = doc._.mention_at or {}
    for t in reversed(doc[first:noun.i]):
        mention = mentions.get(t.i)
        if mention is not None and mention.label_ in {"COUNTRY", "DEMONYM", "PERSON", "ACTOR"}:
            continue
        cand = place_at(doc, t, kb)
        if cand is not None and cand.sure and cand.country and _entity_label(doc, t) in {"GPE", None}:
            return Location(name=cand.name, country=cand.country)
    return None


def _entity_label(doc: Doc, token: Token) -> str | None:
    entity = _entity_at(doc, token)
    return entity.label_ if entity is not None else None


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
            if _topic_over(c):
                continue
            stack.append((c, depth + 1))


# Nouns of quarrel or worry: "over" after them gives the subject, and the places inside it are the
# subject's ("a row over the arrest of a reporter in X" did not happen in X).
QUARREL_NOUNS = {"dispute", "row", "spat", "feud", "quarrel", "rift", "standoff", "stand-off", "tension",
                 "tensions", "concern", "concerns", "disagreement", "controversy", "impasse"}


def _topic_over(prep: Token) -> bool:
    """"a dispute over the killing of X in Y": "over" after a quarrel noun names a topic, not a place."""
    return prep.dep_ == "prep" and prep.lower_ in {"over", "about"} and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in QUARREL_NOUNS


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
    """"Syria's Homs", "the Belarus capital Minsk": a possessor or modifier that places what follows;
    "a U.S. base in Qatar": a state owning a facility says whose it is, the place in its phrase where it is."""
    root = cand.span.root
    if root.dep_ == "poss" or _owner_state(root):
        return True
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.pos_ == "PROPN" and \
        not _named_by_place_noun(cand)


def _owner_state(root: Token) -> bool:
    """A state named before a common noun ("the U.S. embassy", "a Russian base"), not a place noun's name."""
    if root.dep_ not in {"compound", "nmod", "amod"} or root.head.pos_ != "NOUN":
        return False
    mention = (root.doc._.mention_at or {}).get(root.i)
    # (a capital before a noun is where: "the Nicosia airport", "the UN's Baghdad headquarters")
    return mention is not None and mention.label_ == "COUNTRY" and mention._.ref is not None \
        and mention._.ref.kind == "state"


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
        return _national_site(doc, root, blocked) or _antecedent_town(doc, root, blocked, kb)
    ordered = [c for _, c in sorted(found, key=lambda x: x[0])]
    first = ordered[0]
    by_position = sorted(ordered, key=lambda c: c.span.start)
    country = _qualifier_country(first, ordered) or first.country or \
        next((c.country for c in by_position if c.country), None) or _demonym_country([t for t, _ in walked], doc)
    return Location(name=first.name or None, country=country)


def _qualifier_country(first: Candidate, found: list[Candidate]) -> str | None:
    """"Jasper, Alberta", "Paris, Texas": a region or country in apposition names which namesake the writer
    means, over the town's most populous namesake elsewhere."""
    root = first.span.root
    return next((c.country for c in found if c is not first and c.country and c.span.root.dep_ == "appos"
                 and c.span.root.head.i == root.i), None)
