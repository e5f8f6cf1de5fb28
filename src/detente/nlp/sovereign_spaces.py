"""Where an incursion into a state's own space happened: in that state.

"Russian drones entered its airspace", "jets flew into Estonian airspace over the Gulf of Finland",
"helicopters violated Lithuania's airspace": a state's airspace, waters or territory, named by its owner (a
possessive or a national adjective), is that state's, and the state acted on is the event's target. The
owner is where it happened, whatever other place the sentence names the sea or the attacker by.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.kb.loader import NON_STATE_CODES
from detente.nlp.events import Draft
from detente.records import Location

SPACE_NOUNS = {"airspace", "territory", "waters", "soil"}  # what a state owns by sovereignty
INTO_PREPS = {"into", "over", "in", "across", "inside"}  # "flew into X's airspace", "over its territory"
ACTING_TYPES = {"MOBILIZE", "ASSAULT", "COERCE"}  # acts done in a place by force


def place_sovereign_spaces(drafts: list[Draft]) -> None:
    """Place an act done in the target's own airspace, waters or territory in the target state."""
    for d in drafts:
        if d.type in ACTING_TYPES and _owned_space(d.token):
            owner = _one_target(d)
            if owner is not None:
                d.location = Location(name=d.location.name if d.location else None, country=owner)


def _owned_space(token: Token) -> bool:
    """The act's object, or the object of its "into"/"over" phrase, is a space with an owner named."""
    spaces = [c for c in token.children if c.dep_ == "dobj"]
    spaces += [g for c in token.children if c.dep_ == "prep" and c.lower_ in INTO_PREPS
               for g in c.children if g.dep_ == "pobj"]
    return any(s.lemma_.lower() in SPACE_NOUNS and any(m.dep_ in {"poss", "amod"} for m in s.children)
               for s in spaces)


def _one_target(d: Draft) -> str | None:
    """The one target state, not also a doer."""
    targets = {r.country for r in d.target if r.country} - NON_STATE_CODES - d.countries("source")
    return next(iter(targets)) if len(targets) == 1 else None
