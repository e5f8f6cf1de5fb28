"""Acts done to a place: the state it lies in receives them ("imposed a curfew in Algiers", "shelled Juba"),
and an act done in two places is done to both their states ("fired missiles at targets in Iraq and Syria").
The event keeps one location (the first place named); its recipient takes in the places conjoined to it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.nlp.antecedents import mention_of
from detente.nlp.mentions import Ref

# acts done to a place: the state it lies in receives them
PLACE_TYPES = {"ASSAULT", "COERCE", "CONCEDE", "AID", "MOBILIZE", "SANCTION"}


def _place_token(sent, name: str) -> Token | None:
    """The head word of the location's mention in the sentence (the mention whose text is the name)."""
    doc = sent.doc
    for token in sent:
        span = mention_of(doc, token)
        if span is not None and span.text == name:
            return span.root
    return None


def conjoined_place_states(token: Token, name: str) -> list[str]:
    """The states of the places conjoined to the named location in the act's sentence, in order."""
    place = _place_token(token.sent, name)
    if place is None:
        return []
    out = []
    for other in place.conjuncts:
        span = mention_of(token.doc, other)
        ref = span._.ref if span is not None else None
        if ref is not None and ref.kind in {"state", "place"} and ref.country and ref.country not in out:
            out.append(ref.country)
    return out


def place_target(draft, kb) -> list[Ref]:
    """The states of the places a recipient-less act was done in, when the sentence names them."""
    from detente.nlp.event_venues import host_state  # imported late: event_venues imports sides
    where = draft.location
    if (draft.threatened or draft.type) not in PLACE_TYPES or where is None or not where.name or not where.country:
        return []
    codes = dict.fromkeys([where.country, *conjoined_place_states(draft.token, where.name)])
    return [replace(host_state(Ref(f"state:{c}", c, c, "GOV", "state"), kb), via="location") for c in codes]
