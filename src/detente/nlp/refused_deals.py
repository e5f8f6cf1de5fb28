"""A refusal told by a negated acceptance of a thing ("will not accept the agreement"): the refusal is the event,
not the thing refused (PLOVER REJECT, "all rejections and refusals")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger


def refused_thing(token: Token, trig: Trigger | None) -> bool:
    """"will not accept the agreement", "would never accept mediation": a negated acceptance of a thing named by
    a noun is PLOVER REJECT ("all rejections and refusals"), told by the verb, not the thing's own status."""
    if trig is None or trig.type != "REJECT" or token.pos_ != "VERB" or token.lemma_.lower() != "accept":
        return False
    return any(c.dep_ == "neg" for c in token.children) and \
        any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in token.children)
