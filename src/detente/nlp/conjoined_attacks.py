"""A second attack told by a verb coordinated with an attack: "carried out strikes on X and on Monday hit Y".

Verbs such as "hit", "target" or "pound" name an attack only in context ("hit by tariffs", "targeted voters"
do not), so they are no triggers of their own. Coordinated with an attack by the same subject, with an
object of their own, they tell a further strike on another target (PLOVER ASSAULT, in the first one's mode).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.ontology import Trigger
from detente.nlp.triggers import LIGHT_VERBS

# verbs that name a strike when they follow one: force verbs with other, peaceful senses
FORCE_VERBS = {"hit", "target", "pound", "strike", "bomb", "shell", "raid", "attack", "blast", "batter", "rake"}
OBJECTS = {"dobj"}
PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}  # "hit the Syrian ministry", "pounded a town near Kharkiv"


def _told_verb(token: Token) -> Token:
    """The verb that tells the attack: the light verb of a noun ("carried out strikes"), else the trigger."""
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
        return token.head
    return token


def _further_verbs(verb: Token, drafted: set[int]) -> list[Token]:
    """Force verbs coordinated after the attack's verb, with an object and a place of their own, no subject."""
    return [c for c in verb.conjuncts if c.i > verb.i and c.i not in drafted and c.pos_ == "VERB"
            and c.lemma_.lower() in FORCE_VERBS and any(o.dep_ in OBJECTS for o in c.children)
            and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children) and _names_place(c)]


def _names_place(verb: Token) -> bool:
    """The verb's own words name where or whose the target is ("hit the record books" names none)."""
    return any(t.ent_type_ in PLACE_LABELS for t in verb.subtree if t.i > verb.i)


def _struck_state(further, kb) -> list:
    """"hit a power plant in Lviv": the state the struck place lies in (none named: no strike is told,
    as in "hit the record books")."""
    from detente.nlp.mentions import state_ref
    country = further.location.country if further.location is not None else None
    if country and country not in further.countries("source"):
        return [state_ref(country, kb, "place")]
    return []


def conjoined_attacks(doc: Doc, drafts: list, trigger_tokens: set[int], kb) -> list:
    """New ASSAULT drafts for force verbs coordinated with a drafted attack (see the module notes)."""
    from detente.nlp.events import draft_event  # events.py hooks this module in: import at call time
    found, drafted = [], set(trigger_tokens) | {d.token.i for d in drafts}
    for d in drafts:
        if d.type != "ASSAULT" or d.status == "negated":
            continue
        for verb in _further_verbs(_told_verb(d.token), drafted):
            further = draft_event(doc, verb, Trigger("ASSAULT", d.mode, needs_object=True), trigger_tokens, kb)
            if further is None:
                continue
            further.source = further.source or list(d.source)
            further.target = further.target or _struck_state(further, kb)
            if further.target:
                drafted.add(verb.i)
                found.append(further)
    return found
