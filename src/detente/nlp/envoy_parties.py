"""The envoys a diplomatic sanction moves stay in the record: a recalled envoy on the recalling side, an
expelled one on the other's.

"pulled out its envoy X" moves the source's own diplomat (no target, but a participant of the act);
"recalled its ambassador", told of an ambassador the article names elsewhere, is that person;
"declared Ambassador X persona non grata" acts on X, whom the parser often makes the subject of the
verbless clause "X persona non grata".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.mentions import Ref
from detente.nlp.trigger_diplomacy import (
    DIPLOMATIC_ROLES, EXPELLED, expelled_envoys, is_envoy, persona_non_grata, sent_envoys_away,
)

# Words that open a clause of its own: a clause with them is no verbless "X persona non grata".
CLAUSE_WORDS = {"aux", "auxpass", "cop", "mark", "neg"}


def small_clause_objects(token: Token) -> list[Token]:
    """"declared Ambassador X persona non grata": a verb without an object whose verbless complement has a
    subject acts on that subject (the parser reads "X persona non grata" as a clause of its own, or glues the
    name onto the noun as a compound)."""
    if token.pos_ != "VERB" or any(c.dep_ == "dobj" for c in token.children):
        return []
    return [s for c in token.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"NOUN", "ADJ"}
            and not any(g.dep_ in CLAUSE_WORDS or g.tag_ == "TO" for g in c.children)
            for s in c.children if s.dep_ == "nsubj" or (s.dep_ == "compound" and s.pos_ == "PROPN")]


def _is_envoy_ref(ref: Ref) -> bool:
    """A person whose role is a diplomat's (ambassador, envoy, high commissioner, chargé)."""
    return ref.kind == "person" and bool(ref.role and DIPLOMATIC_ROLES.search(ref.role))


def named_envoy(doc: Doc, country: str) -> Ref | None:
    """The one diplomat of a country the article tells of in their own clause ("Ambassador X is returning
    home"), if only one; one named as the object of another act ("expelled the ambassador, X") is that act's."""
    spans = {id(s): s for s in (doc._.mention_at or {}).values()}.values()
    found = {s._.ref.actor_id: s._.ref for s in spans if _is_envoy_ref(s._.ref) and s._.ref.country == country
             and s.root.dep_ in {"nsubj", "nsubjpass"}}
    return next(iter(found.values())) if len(found) == 1 else None


def _envoy_words(objects: list[Token]) -> list[Token]:
    """The envoy nouns and names among a verb's objects and their conjuncts."""
    return [t for o in objects for t in [o, *o.conjuncts] if is_envoy(t)]


def withdrawn_envoys(doc: Doc, objects: list[Token], target: list[Ref], own: set) -> list[Ref]:
    """The source's own diplomats a recall moves: the people named among its objects, else for "its
    ambassador" the one ambassador of the source's state the article names."""
    people = [r for r in target if r.kind == "person" and r.country in own]
    if people or len(own) != 1:
        return people
    if not any(t.pos_ == "NOUN" and t.lemma_.lower() != "official" for t in _envoy_words(objects)):
        return []
    envoy = named_envoy(doc, next(iter(own)))
    return [envoy] if envoy is not None else []


def foreign_envoys(target: list[Ref], own: set) -> list[Ref]:
    """An expulsion's target: a state sends away only foreign envoys, so a diplomat the KB does not know,
    whom the context placed on the expeller's own side, is left for the other side to place."""
    return [replace(r, country=None) if _is_envoy_ref(r) and r.via == "unknown" and r.country in own else r
            for r in target]


def expelling(token: Token) -> bool:
    """A verb that sends another state's envoys away ("expelled", "ordered ... to leave", "declared ... persona
    non grata")."""
    return any(act(token) == EXPELLED for act in (expelled_envoys, sent_envoys_away, persona_non_grata))
