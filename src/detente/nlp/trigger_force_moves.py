"""Shows of force told by how forces are moved: warplanes scrambled, military craft entering another state's
airspace or waters, ships and troops stationed somewhere (PLOVER MOBILIZE: military moves short of the use of
force; moving ships, aircraft or vehicles is its mode 'weapons', armed personnel its mode 'troops').

The rules are asked by `trigger_phrases.phrase_trigger` before the word lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.trigger_incidents import SHOW_OF_FORCE, is_craft, verb_subjects

# Verbs that put warplanes or ships on the move at short notice ("scrambled jets", "fighters were scrambled").
SCRAMBLE_VERBS = {"scramble"}
# Verbs of going into a space, and the spaces a state holds as its own.
ENTERING_VERBS = {"enter", "penetrate", "cross", "intrude", "stray", "fly", "sail", "venture"}
SOVEREIGN_SPACES = {"airspace", "waters", "territory", "territorial"}
# Verbs and nouns of breaching a space: "violated Lithuanian airspace" by craft is an entry without force
# (MOBILIZE, by the record conventions), said of craft or of their state; "territory" is left out here
# ("violated its territory" is as often a raid).
BREACHING_VERBS = {"violate", "breach", "infringe", "encroach", "trespass"}
BREACH_NOUNS = {"violation", "breach", "incursion", "intrusion", "infringement", "encroachment"}
AIR_AND_SEA = {"airspace", "waters"}
# Verbs that keep forces in a place, and who or what is kept there as a force.
# ("based" and "posted" are left out: "a Doha-based group", "posted a video", a standing base is no move)
STATIONING_VERBS = {"station", "position", "garrison", "park", "moor", "anchor"}
TROOPS = {"troop", "soldier", "force", "marine", "paratrooper", "unit", "battalion", "brigade", "regiment",
          "division", "guardsman", "guard", "personnel", "contingent", "reinforcement", "army"}


def _moved(token: Token) -> list[Token]:
    """What the verb moves: its object, or its passive subject ("fighters were scrambled")."""
    return [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]


def scrambled_craft(token: Token) -> Trigger | None:
    """"Japan scrambled fighter jets", "Italian F-35 jets were scrambled to escort them out": warplanes sent up
    in answer to another side's craft are a show of force (CAMEO 15)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SCRAMBLE_VERBS:
        return None
    # "Japan scrambled fighter jets", "fighters were scrambled", "two jets scrambled to meet them"
    moved = _moved(token) + [s for s in verb_subjects(token) if not any(c.dep_ == "dobj" for c in token.children)]
    if any(is_craft(m, national=True) or _is_craft_name(m) for m in moved):
        return SHOW_OF_FORCE
    return None


def scramble_purpose(token: Token) -> bool | None:
    """"scrambled jets to intercept / meet / escort them": what the jets went up to do is the scramble's
    purpose, told by the scramble itself (not a second move, nor a meeting)."""
    if token.pos_ == "VERB" and token.dep_ in {"xcomp", "advcl"} and token.head.lemma_.lower() in SCRAMBLE_VERBS \
            and scrambled_craft(token.head) is not None:
        return False
    return None


def _is_craft_name(token: Token) -> bool:
    """"F-35 jets", "Typhoons", "MiG-31s": aircraft by their noun or by a model name (what a state scrambles
    is its aircraft: "scrambled the data" has a common noun, no name)."""
    return token.lemma_.lower() in {"jet", "fighter", "aircraft", "plane", "warplane", "interceptor"} or \
        (token.pos_ == "PROPN" and token.ent_type_ not in {"PERSON", "GPE"})


def entered_sovereign_space(token: Token) -> Trigger | None:
    """"Russian drones entered its airspace", "two warships sailed into Japanese waters": military craft going
    into the space another state holds as its own (PLOVER MOBILIZE 'weapons')."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ENTERING_VERBS | BREACHING_VERBS:
        return None
    subjects = _movers(token)
    breach = lemma in BREACHING_VERBS
    if not any(is_craft(s, national=True) or breach and s.ent_type_ == "GPE" for s in subjects):
        return None
    spaces = [c for c in token.children if c.dep_ == "dobj"] + \
        [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"into", "in", "on", "upon"}
         for g in c.children if g.dep_ == "pobj"]
    if any(_air_or_sea(s) if breach else _sovereign(s) for s in spaces):
        return SHOW_OF_FORCE
    return None


def _movers(verb: Token) -> list[Token]:
    """Who moves: the verb's subjects, or the craft a participle hangs on ("a spy plane intruded into ...",
    "jets violating Polish airspace", which the parser reads as a clause on the noun)."""
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return [verb.head]
    return verb_subjects(verb)


def _air_or_sea(noun: Token) -> bool:
    """"Lithuanian airspace", "its territorial waters": the spaces whose breach by craft is an entry."""
    return noun.lower_ in AIR_AND_SEA or noun.lemma_.lower() == "airspace" or _air_zone(noun)


def breached_space(token: Token) -> Trigger | None:
    """"an airspace violation by Russian jets", "the incursion of a drone into Polish airspace", "a violation
    of its territorial waters": a breach of a state's air or sea told as a noun (MOBILIZE 'weapons')."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in BREACH_NOUNS:
        return None
    # the parser may hang "into its waters" on the craft ("of a drone into ...") or on the verb ("logged an
    # intrusion into ...")
    holders = [token, *(g for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "by"}
                        for g in c.children)] + ([token.head] if token.dep_ == "dobj" else [])
    spaces = [c for c in token.children if c.dep_ == "compound"] + \
        [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"of", "into", "in", "on"}
         for g in c.children if g.dep_ == "pobj"]
    return SHOW_OF_FORCE if any(_air_or_sea(s) for s in spaces) else None


def _sovereign(noun: Token) -> bool:
    """"its airspace", "Japanese territorial waters", "the country's waters", "Taiwan's ADIZ"."""
    return noun.lemma_.lower() in SOVEREIGN_SPACES or noun.lower_ in SOVEREIGN_SPACES or _air_zone(noun)


def _air_zone(noun: Token) -> bool:
    """"its air defence identification zone", "the ADIZ": the zone a state watches its air approaches from."""
    return noun.lower_ == "adiz" or noun.lemma_.lower() == "zone" and \
        any(c.lower_ == "identification" for c in noun.children if c.dep_ in {"compound", "amod"})


def stationed_forces(token: Token) -> Trigger | None:
    """"the cutter has been stationed at the shoal", "positioned warships off the coast", "troops were
    garrisoned near the border": forces kept in a place are a force shown (PLOVER MOBILIZE)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in STATIONING_VERBS:
        return None
    if not any(c.dep_ == "prep" for c in token.children):
        return None  # the place is what makes "posted" or "based" a move of forces ("posted a video" is none)
    moved = _moved(token)
    if any(is_craft(m, national=True) for m in moved):
        return SHOW_OF_FORCE
    if any(m.lemma_.lower() in TROOPS for m in moved):
        return Trigger("MOBILIZE", "troops")
    return None


# Verbs a state's blows are done with ("carried out strikes"), not a workforce's stoppage ("went on strike").
CARRYING_VERBS = {"carry", "conduct", "launch"}


def state_carries_out(token: Token) -> bool:
    """"Pakistan carried out strikes in Khost": blows a state (or its forces) carries out need no object."""
    verb = token.head
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or verb.lemma_.lower() not in CARRYING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ in {"GPE", "NORP"}
