"""Unnamed officials of a state as speakers: "a senior Saudi official told Reuters", "Venezuelan officials
said". News keeps the description when it names no one; the statement's speaker is that description, of
the state its words name, rather than the state itself (which the officials may not speak for formally)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.records import ActorRef

OFFICIAL_LEMMAS = {"official"}
# words that only rank or count the officials; any other word names a body ("foreign ministry officials"),
# which then speaks as that body
RANK_WORDS = {"senior", "top", "high", "-", "ranking", "high-ranking", "government", "administration", "other",
              "several", "some", "many", "security"}
STATE_ENTITIES = {"NORP", "GPE"}


def unnamed_officials(subj: Token, refs: list) -> ActorRef | None:
    """The officials as written ("senior Saudi official") with their state, when the words before the head
    are only the state's name and rank words; else None."""
    if subj.lemma_.lower() not in OFFICIAL_LEMMAS or not refs or refs[0].kind != "state" or not refs[0].country:
        return None
    words = [t for t in subj.doc[subj.left_edge.i:subj.i + 1] if t.dep_ not in {"det", "nummod"}]
    if len(words) < 2 or any(t.ent_type_ not in STATE_ENTITIES and t.lower_ not in RANK_WORDS for t in words[:-1]):
        return None
    name = "".join(t.text_with_ws for t in words).strip()
    return ActorRef(name=name, country=refs[0].country, sector="GOV")
