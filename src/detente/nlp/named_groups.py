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

from detente.nlp.arguments import GROUP_SECTORS, MODIFIER_DEPS, PEOPLE_SECTORS, PROFESSION_SECTORS, group_id
from detente.nlp.antecedents import mention_of
from detente.nlp.mentions import Ref

# Bodies of people a plural noun alone does not place in a sector ("agencies", "services", "units").
BODY_HEADS = {"agency": "GOV", "service": "GOV", "unit": "MIL", "department": "GOV", "institution": "GOV"}
# Modifiers that narrow a group's sector: "U.S. intelligence agencies", "Chinese naval units".
MODIFIER_SECTORS = {"intelligence": "SPY", "security": "SPY", "spy": "SPY", "military": "MIL", "naval": "MIL",
                    "army": "MIL", "defence": "MIL", "defense": "MIL", "police": "COP", "state-owned": "BUS",
                    "business": "BUS"}
# People a state's name makes its troops: "Russian peacekeepers" are Russia's soldiers (MIL), only a U.N.
# force's are the U.N.'s (IGO).
STATE_TROOP_HEADS = {"peacekeeper": "MIL"}
PLURAL_TAGS = {"NNS", "NNPS"}
# A singular noun naming a body of troops or ships: "a Chinese naval task group", "the Russian contingent".
MILITARY_UNIT_HEADS = {"fleet", "flotilla", "squadron", "contingent", "battalion", "brigade", "regiment", "convoy"}
# A singular collective noun that is a military body when a modifier makes it one: "naval task group".
COLLECTIVE_UNIT_HEADS = {"group", "force", "unit", "detachment"}
# A singular mass noun that is a state's secret service: "Russian intelligence" (PLOVER's SPY).
SERVICE_HEADS = {"intelligence": "SPY"}


def _head_sector(token: Token) -> str | None:
    """The sector a plural head noun tells: "officials" GOV, "prosecutors" JUD, "companies" BUS."""
    lemma = token.lemma_.lower()
    return GROUP_SECTORS.get(token.lower_) or PEOPLE_SECTORS.get(lemma) or PROFESSION_SECTORS.get(lemma) \
        or BODY_HEADS.get(lemma)


def _singular_unit(token: Token, modifiers: list[Token]) -> str | None:
    """"a Chinese naval task group": a singular body of troops or ships, MIL; "Russian intelligence": SPY;
    None for any other noun."""
    lemma = token.lemma_.lower()
    if lemma in SERVICE_HEADS:
        return SERVICE_HEADS[lemma]
    military = any(MODIFIER_SECTORS.get(m.lower_) == "MIL" for m in modifiers)
    return "MIL" if lemma in MILITARY_UNIT_HEADS or (lemma in COLLECTIVE_UNIT_HEADS and military) else None


def _last_paired(doc: Doc, modifiers: list[Token]) -> list[Token]:
    """"Indian and Pakistani troops": the armed group's own state is the last of the paired ones."""
    later = [c for c in modifiers[0].conjuncts if c.i > modifiers[0].i] if modifiers else []
    last = next((c for c in reversed(later) if _state_owner(doc, [c]) is not None), None)
    return [last, *[m for m in modifiers if m.i > last.i]] if last is not None else modifiers


def _state_owner(doc: Doc, modifiers: list[Token]) -> Ref | None:
    """The state the first modifier names ("U.S.", "Chinese"), never a body or person ("Pentagon officials")."""
    span = mention_of(doc, modifiers[0]) if modifiers else None
    ref = span._.ref if span is not None else None
    return ref if ref is not None and ref.kind == "state" and ref.country else None


def _group_span(doc: Doc, token: Token) -> Span | None:
    """"U.S. intelligence agencies": the span from the state's modifier to the plural head, as a group actor."""
    if token.dep_ == "compound" or mention_of(doc, token) is not None:
        return None
    modifiers = sorted((c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i), key=lambda t: t.i)
    sector = _head_sector(token) if token.tag_ in PLURAL_TAGS else _singular_unit(token, modifiers)
    modifiers = _last_paired(doc, modifiers) if sector == "MIL" else modifiers
    owner = _state_owner(doc, modifiers)
    if owner is None or sector is None:
        return None
    start = mention_of(doc, modifiers[0]).start
    words = doc[start:token.i + 1]
    sector = next((MODIFIER_SECTORS[t.lower_] for t in words if t.lower_ in MODIFIER_SECTORS), sector)
    sector = STATE_TROOP_HEADS.get(token.lemma_.lower(), sector)
    span = Span(doc, start, token.i + 1, label="GROUP")
    lemmas = " ".join(t.lemma_ for t in words[-2:])
    span._.ref = Ref(group_id(owner.country, lemmas), words.text, owner.country, sector, "group", via="group")
    return span


def _paired_states(doc: Doc, span: Span) -> list[Token]:
    """"between Armenian and Azerbaijani forces": the states joined before the group's own, which share its noun
    (the parser hangs the noun on the first demonym, or the second demonym on the first)."""
    first = doc[span.start]
    head = span.root
    paired = [c for c in first.conjuncts if c.i < first.i]
    if head.dep_ == "conj" and head.head.i < span.start and not any(c.dep_ in MODIFIER_DEPS for c in head.head.children):
        paired.append(head.head)
    return [t for t in paired if doc[t.i + 1].lower_ in {"and", "or", ","}
            and _state_owner(doc, [t]) is not None]


def _shared_groups(doc: Doc, span: Span) -> list[Span]:
    """The groups of the states paired before a group's own ("Armenian and Azerbaijani forces": Armenian forces)."""
    found = []
    for state in _paired_states(doc, span):
        country = _state_owner(doc, [state]).country
        rest = span.text[len(doc[span.start].text):]
        ref = span._.ref
        found.append(Span(doc, state.i, state.i + 1, label="GROUP"))
        found[-1]._.ref = Ref(ref.actor_id.replace(group_id(ref.country, ""), group_id(country, ""), 1),
                              state.text + rest, country, ref.sector, "group", via="group")
    return found


def named_groups(doc: Doc) -> list[Span]:
    """Every group the text names by a state and a plural noun, as spans carrying their group actor."""
    spans = [span for token in doc if (span := _group_span(doc, token)) is not None]
    # two sides' armed forces in one phrase are two actors ("clashes between Armenian and Azerbaijani forces")
    return spans + [extra for span in spans if span._.ref.sector == "MIL" for extra in _shared_groups(doc, span)]
