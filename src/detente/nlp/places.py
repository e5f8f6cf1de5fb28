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
   mortar in X"), or on the object of its "to" or "with" phrase ("put their names to the accord at X");
4. when the trigger states no place of its own, one on a verb conjoined with it ("shot one man and
   wounded two in X", "captured, shot and dumped in X", "bombed and destroyed an office at X"), or on
   the verb of the clause a noun trigger (or the noun whose aim it is: "an attempt to kill X was foiled
   in Y") sits in ("the attack killed ten in X");
5. a "where" clause the trigger sits in ("the summit in Lima, where the leaders signed");
6. a clause of the same moment: "when" clauses, subjectless or pronoun-subject "while"/"as" clauses and
   -ing clauses ("was shot while filming a protest in X", "killed when troops stormed X", "killed
   fighting in X"), with the verbs they chain to ("trying to defuse it on a road in X");
7. last, for physical acts, a clause on a participant or on the object of a locative phrase ("a car
   parked in X was blown up", "stabbed at a cafe he owned in X"), never a state of having or being;
8. for physical acts, "at sea", or a definite "the shoal" in the sentence standing for the one named
   before: such an act is not where the dateline is.
Nothing else: no sentence-wide guess (measured: it costs more "no place" events than it finds). A place
of no known country "outside the capital" lies in the dateline's country; a venue of no known country
("the Imperial Palace") lies in the one country its sentence puts the actors in (nlp/venue_countries.py).

A "there" on the trigger (first) and a journey's destination ("flew to X") are read by nlp/travel_places.py;
the prepositional phrases of steps 2 and 3 (and of a gathering attended, an invitation, a withdrawal, a
meeting's "between" parties, a time phrase) are gathered in nlp/place_phrases.py.
What counts as a place inside a phrase, and its country, is told in nlp/place_names.py. Events whose
place is not stated get no location (a dateline is used later, by the event links, and only for the
day's in-person events; the gazetteer lets a city dateline such as "BUSAN, South Korea -" be placed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from detente.kb.places import gazetteer
from detente.nlp.doc_cache import doc_text
from detente.nlp.layout import DATELINE
from detente.nlp.place_names import (
    LOCATIVE, NER_PLACE_LABELS, OPEN_WATER_NOUNS, PART_NOUNS, PLACE_NOUNS, SEATS, Candidate, _country_of, _doc_countries,
    _named_by_place_noun, _names_its_place, _national_site, _proper_run, _trim, place_at, place_in,
)
from detente.nlp.place_phrases import (
    _argument_preps, _between_preps, _gathering_preps, _invitation_preps, _of_objects, _opened, _preps,
    _time_phrase_preps, _withdrawal_preps,
)
from detente.nlp.travel_places import stay_preps, there_place, travel_preps
from detente.nlp.venue_countries import sentence_country
from detente.records import Location

# Events whose object, when a place, is where they happened.
PHYSICAL_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST"}
VISIT_LEMMAS = {"visit", "tour", "enter", "reach", "arrive", "invade", "occupy", "patrol", "raid", "storm",
                "capture", "seize", "liberate", "recapture", "retake", "besiege", "bomb", "shell", "strike",
                "attack", "overrun", "destroy", "target", "hit", "blockade", "surround", "encircle"}
NOUN_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}


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


# Nouns of taking or striking ground: their "of" object, when a place, is where they happened.
SEIZING_NOUNS = {"invasion", "occupation", "annexation", "blockade", "siege", "bombardment", "shelling",
                 "capture", "recapture", "liberation", "fall"}


def _noun_object_place(doc: Doc, token: Token, blocked: set[int], kb) -> Location | None:
    """"the invasion of Ukraine", "the siege of Mariupol": the place a noun of taking ground acts on."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SEIZING_NOUNS:
        return None
    for obj in _of_objects(token, blocked):
        cand = place_at(doc, obj, kb)
        if cand is not None and obj.i in range(cand.span.start, cand.span.end) and \
                (cand.country or _named_by_place_noun(cand)):
            return place_in(doc, obj, blocked, kb)
    return None


GATHERING_NOUNS = {"meeting", "talks", "summit", "session", "conference", "encounter", "ceremony"}
STATE_LABELS = {"COUNTRY", "METONYM", "DEMONYM", "ACTOR"}


VISIT_NOUNS = {"visit", "trip", "stay"}  # "a White House visit": a seat of government before it is where it went


def _seat_mention(mention) -> bool:
    """"the White House", "the Kremlin": a seat of government named as an actor is still a place before a noun."""
    return mention is not None and mention.text.lower().removeprefix("the ") in SEATS


def _named_venue(doc: Doc, token: Token, blocked: set[int], kb) -> Location | None:
    """"a heated Oval Office meeting", "the Geneva talks", "a White House visit": a placed name before a
    gathering noun is its venue (a state there is its topic or party: "the Iran talks", "a U.S. summit"; only a
    seat of government before a visit noun, as "a Beijing visit" may name the visitor's side)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in GATHERING_NOUNS | VISIT_NOUNS:
        return None
    for c in (c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.i not in blocked):
        mention = (doc._.mention_at or {}).get(c.i)
        if lemma in VISIT_NOUNS and not _seat_mention(mention):
            continue
        cand = place_at(doc, c, kb) if mention is None or mention.label_ not in STATE_LABELS \
            or _seat_mention(mention) else None
        if cand is not None and cand.country:
            return Location(name=cand.name, country=cand.country)
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
    node, where = token, False
    for _ in range(6):
        # "where" may hang on the clause's verb or, as the parser has it, on a verb it chains to ("where
        # they are to meet": on "meet", below the relative clause's "are")
        where = where or (node.dep_ in {"xcomp", "relcl"} and _has_where(node))
        if node.dep_ == "relcl" or (node.dep_ in {"advcl", "ccomp"} and _has_where(node)):
            if where:
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


def _has_where(verb: Token) -> bool:
    return any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children)


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


def _candidates(doc: Doc, token: Token, blocked: set[int], kb) -> Iterator[Location | None]:
    """Places for a trigger, most direct first (see the module notes)."""
    own = [token]
    verb = _light_verb(token)
    if verb is not None:
        own.append(verb)
    physical = _is_physical(token)
    yield there_place(doc, token, blocked, kb)   # "visited a base there": the act's own pointer wins
    if token.pos_ == "VERB":
        yield _object_place(doc, token, blocked, kb)
    yield _noun_object_place(doc, token, blocked, kb)
    yield _named_venue(doc, token, blocked, kb)
    for head in own:
        preps = _preps(head, blocked, physical)
        # after the verb before fronted ones: "In X, soldiers shot a man near the Y crossing"
        for obj in sorted(preps, key=lambda o: (o.i < head.i, o.i)):
            yield place_in(doc, obj, _opened(obj, blocked), kb)
    for obj in _argument_preps(token, blocked, physical) + _time_phrase_preps(own, blocked, physical) + \
            _gathering_preps(token, blocked) + _between_preps(token, blocked) + _invitation_preps(token, blocked) + \
            _withdrawal_preps(token, blocked) + travel_preps(token, blocked) + stay_preps(token, blocked):
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
    yield from _result_places(doc, token, blocked, kb, physical)
    # "was shot while filming a protest in X", "captured hiding in a farmhouse in X": a circumstance
    # clause with no event of its own says where the event happened
    for verb in [token] + conjoined:
        for clause in (c for c in verb.children if c.dep_ in {"advcl", "xcomp"}):
            if _says_circumstance(clause):
                yield from _clause_places(doc, clause, blocked, kb, physical)
    if physical and token.pos_ == "VERB":
        for clause in _participant_clauses(token, blocked):
            yield from _clause_places(doc, clause, blocked, kb, physical)
    if physical:
        yield _at_sea(doc, token, kb)


# Features at sea that a definite noun points back to ("the shoal" after "Second Thomas Shoal").
SEA_NOUNS = {"shoal", "reef", "atoll", "strait", "sea", "waters", "lagoon", "sandbank", "cay"}


def _at_sea(doc: Doc, token: Token, kb) -> Location | None:
    """A physical act at sea: "at sea" on the trigger, or "the shoal" in its sentence standing for the one
    named before ("Manila's outpost on the shoal"); such events are not where the dateline is."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"at", "on"}):
        if any(g.lower_ in {"sea", "seas"} and not any(d.dep_ == "det" for d in g.children) for g in prep.children):
            return Location(name="sea", country=None)
    for noun in (t for t in token.sent if t.lemma_.lower() in SEA_NOUNS and t.dep_ == "pobj" and t.pos_ == "NOUN"):
        if any(c.lower_ == "the" for c in noun.children) and len(list(noun.children)) == 1:
            named = next((t for t in reversed(doc[:token.sent.start]) if t.pos_ == "PROPN"
                          and t.lemma_.lower() == noun.lemma_.lower()), None)
            run = _proper_run(doc, named) if named is not None else None
            if run is not None and run[-1].i == named.i and len(run) > 1:
                return Location(name=_trim(run.text), country=_country_of(_trim(run.text), kb, doc, False))
    return None


def _result_places(doc: Doc, token: Token, blocked: set[int], kb, physical: bool) -> Iterator[Location | None]:
    """"shells hit a market in X, killing four": a result told as a participle happened where its head did."""
    if not physical or token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.pos_ != "VERB":
        return
    for obj in _preps(token.head, blocked, physical):
        yield place_in(doc, obj, _opened(obj, blocked), kb)


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
        if chosen.country or _open_water(chosen.name):
            return chosen   # a sea or shoal lies in no country the sentence names later ("..., Manila said")
        if found.country:
            return Location(name=chosen.name, country=found.country)
    if chosen is not None and not chosen.country and not _open_water(chosen.name) and \
            (country := sentence_country(doc, token, kb)) is not None:
        return Location(name=chosen.name, country=country)   # "arrived in Tokyo; received at the Imperial Palace"
    if chosen is not None and not chosen.country and _bare_capital(token) and doc._.dateline is not None:
        return Location(name=chosen.name, country=doc._.dateline.country)   # "a retreat outside the capital"
    return chosen


def _open_water(name: str) -> bool:
    """"the South China Sea", "Scarborough Shoal": a feature at sea, by its last word."""
    return name.rsplit(" ", 1)[-1].lower() in OPEN_WATER_NOUNS


def _bare_capital(token: Token) -> bool:
    """"the X retreat outside the capital": "the capital" with no country named is the dateline's."""
    return any(t.lemma_.lower() == "capital" and any(c.lower_ == "the" for c in t.children)
               and not any(c.dep_ in {"prep", "poss", "amod", "compound"} for c in t.children) for t in token.sent)


def _resolve_dateline(doc: Doc, kb) -> None:
    """A dateline city the knowledge base does not know ("BUSAN, South Korea -", "ISTANBUL -") is placed
    with the gazetteer, once per document, so that the event links can use it as they use the others;
    a town the gazetteer lacks lies in the region or country named after it ("KANANASKIS, Alberta -")."""
    if doc._.dateline is not None or doc.user_data.get("detente_dateline_checked"):
        return
    doc.user_data["detente_dateline_checked"] = True
    for line in [x for x in doc_text(doc).splitlines() if x.strip()][:3]:
        match = DATELINE.match(line) or DATED_DATELINE.match(line)
        if not match:
            continue
        name = match.group(1).strip().title()
        region = _region_country(line[match.end(1):match.end()], kb)
        found = gazetteer().lookup(name, prefer={region} if region else _doc_countries(doc))
        country = found.country if found is not None else region
        if country is not None:
            doc._.dateline = Location(name=name, country=country)
            return


# "GYEONGJU, South Korea, Nov. 1 (Wire) -": a city, its region or country, then the day
DATED_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,40}?),\s*[A-Z][A-Za-z.\s]{1,20},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*"
                            r"(?:\([^)]{1,30}\)\s*)?(?:\u2014|\u2013|--|-)\s")


def _region_country(rest: str, kb) -> str | None:
    """The country of the region or country a dateline names after its city ("Alberta", "South Korea")."""
    region = rest.split("(")[0].strip(" ,\u2014\u2013-").split(",")[0].strip()
    if not region or any(ch.isdigit() for ch in region):
        return None   # "BEIJING, Aug. 29 (Xinhua) -": a day, no region
    found = gazetteer().lookup(region)
    return (kb.country_code(region) if kb is not None else None) or (found.country if found is not None else None)
