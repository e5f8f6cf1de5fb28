"""Claims on another's land: a state said to need, want, own or take a place that is not its own
("we need that island", "Ruritania ought to own the port") asserts a claim the other side contests."""

from __future__ import annotations

from spacy.tokens import Token

# verbs of having or coming to have: a claim when their object is somebody else's place
CLAIM_VERBS = {"own", "acquire", "annex", "take", "seize", "buy", "purchase", "control", "need", "want",
               "get", "possess", "absorb", "incorporate", "reclaim", "retake"}
LAND_NOUNS = {"land", "territory", "island", "islands", "soil", "region", "province", "port", "canal"}
PLACE_LABELS = {"GPE", "LOC"}
LAND_PREPS = {"in", "of", "under", "on"}
CLAIMANTS = {"we", "us"}


def _place_of(obj: Token) -> Token | None:
    """The place an object names: a place itself, or land "in"/"of"/"under" a place (the phrase may hang on
    the verb: "own the land under its base in X")."""
    if obj.ent_type_ in PLACE_LABELS:
        return obj
    if obj.lemma_.lower() not in LAND_NOUNS:
        return None
    around = [t for p in obj.head.children if p.dep_ == "prep" and p.lower_ in LAND_PREPS for t in p.subtree]
    return next((t for t in list(obj.subtree) + around if t.i != obj.i and t.ent_type_ in PLACE_LABELS), None)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its governor's for "X ought to own", "X wants to take"."""
    for v in (verb, verb.head if verb.dep_ == "xcomp" else None):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None) if v is not None else None
        if subj is not None:
            return subj
    return None


def _entity_text(tok: Token) -> str:
    """The whole named entity a token belongs to ("South Korea" for "Korea")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent.text if ent is not None else tok.text


def claims_land(verb: Token) -> bool:
    """A state (or "we") wants, needs, owns or takes a place named as another's: a territorial claim."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIM_VERBS:
        return False
    subj = _subject(verb)
    if subj is None or not (subj.ent_type_ in PLACE_LABELS | {"NORP"} or subj.lower_ in CLAIMANTS):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    place = _place_of(obj) if obj is not None else None
    if place is None or any(c.dep_ == "poss" and c.lower_ in {"our", "its", "their"} for c in obj.children):
        return False  # "protect its territory", "control our borders": one's own land
    return _entity_text(place) != _entity_text(subj) and not _wanted_as_member(verb, obj)


def _wanted_as_member(verb: Token, obj: Token) -> bool:
    """"we need Ukraine in the EU", "wants Germany as a partner": a state wanted in a role or a body, no claim."""
    preps = [c for h in (verb, obj) for c in h.children if c.dep_ == "prep"]
    return any(p.lower_ == "as" or p.lower_ == "in" and any(g.ent_type_ == "ORG" for g in p.subtree) for p in preps)
