"""A person's own state named through a pronoun: "X said his country would ..." is X's state."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from detente.nlp.context import current_kb
from detente.nlp.mentions import Ref, state_ref

# Nouns that, owned by "his"/"her", stand for the state the person speaks for.
OWN_STATE_NOUNS = {"country", "nation"}  # "his government" has its own reading (speaker_sides)
PERSONAL_OWNERS = {"his", "her"}


def own_state(doc: Doc, head: Token, person_of: Callable[[Token], Ref | None]) -> Ref | None:
    """"his country", "her nation": the state of the person the pronoun stands for (person_of
    resolves the pronoun); None for any other phrase, or when that person has no known state."""
    if head.lower_ not in OWN_STATE_NOUNS:
        return None
    owners = [c for c in head.children if c.dep_ == "poss"]
    if len(owners) != 1 or owners[0].lower_ not in PERSONAL_OWNERS:
        return None
    if any(c.dep_ in {"amod", "compound"} for c in head.children):
        return None  # "his new government", "his home country": not plainly the state he speaks for
    person = person_of(owners[0])
    if person is None or person.kind != "person" or not person.country:
        return None
    return state_ref(person.country, current_kb(), via="owner")
