"""Groups a text names by a state and a plural noun ("U.S. officials", "Chinese companies", "Polish
prosecutors"): actors of that state and of the noun's sector, listed even when they take no part in an event.

News often tells who acted or spoke only as a state's people of some kind. Event reading already turns such a
phrase into a group side when it is an event's argument; a group named anywhere else ("according to U.S.
officials", "Chinese companies announced plans") is still an actor the article names. The phrase's first
modifier must name a state (a demonym or the state's name); its head noun gives the sector, through the same
tables the argument reader uses, and a modifier may narrow it ("intelligence agencies" are SPY).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.arguments import GROUP_SECTORS, MODIFIER_DEPS, PEOPLE_SECTORS, PROFESSION_SECTORS, group_id, mention_of
from detente.nlp.mentions import Ref

# Bodies of people a plural noun alone does not place in a sector ("agencies", "services", "units").
BODY_HEADS = {"agency": "GOV", "service": "GOV", "unit": "MIL", "department": "GOV", "institution": "GOV"}
# Modifiers that narrow a group's sector: "U.S. intelligence agencies", "Chinese naval units".
MODIFIER_SECTORS = {"intelligence": "SPY", "security": "SPY", "spy": "SPY", "military": "MIL", "naval": "MIL",
                    "army": "MIL", "defence": "MIL", "defense": "MIL", "police": "COP", "state-owned": "BUS",
                    "business": "BUS"}
PLURAL_TAGS = {"NNS", "NNPS"}


def _head_sector(token: Token) -> str | None:
    """The sector a plural head noun tells: "officials" GOV, "prosecutors" JUD, "companies" BUS."""
    lemma = token.lemma_.lower()
    return GROUP_SECTORS.get(token.lower_) or PEOPLE_SECTORS.get(lemma) or PROFESSION_SECTORS.get(lemma) \
        or BODY_HEADS.get(lemma)


def _state_owner(doc: Doc, modifiers: list[Token]) -> Ref | None:
    """The state the first modifier names ("U.S.", "Chinese"), never a body or person ("Pentagon officials")."""
    span = mention_of(doc, modifiers[0]) if modifiers else None
    ref = span._.ref if span is not None else None
    return ref if ref is not None and ref.kind == "state" and ref.country else None


def _group_span(doc: Doc, token: Token) -> Span | None:
    """"U.S. intelligence agencies": the span from the state's modifier to the plural head, as a group actor."""
    if token.tag_ not in PLURAL_TAGS or token.dep_ == "compound" or mention_of(doc, token) is not None:
        return None
    modifiers = sorted((c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i), key=lambda t: t.i)
    owner = _state_owner(doc, modifiers)
    sector = _head_sector(token)
    if owner is None or sector is None:
        return None
    start = mention_of(doc, modifiers[0]).start
    words = doc[start:token.i + 1]
    sector = next((MODIFIER_SECTORS[t.lower_] for t in words if t.lower_ in MODIFIER_SECTORS), sector)
    span = Span(doc, start, token.i + 1, label="GROUP")
    lemmas = " ".join(t.lemma_ for t in words[-2:])
    span._.ref = Ref(group_id(owner.country, lemmas), words.text, owner.country, sector, "group", via="group")
    return span


def named_groups(doc: Doc) -> list[Span]:
    """Every group the text names by a state and a plural noun, as spans carrying their group actor."""
    return [span for token in doc if (span := _group_span(doc, token)) is not None]
