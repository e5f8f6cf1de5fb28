"""A body's sector from the noun heading its name: what the body is, not any word inside its name.

"the Military Court" is a court (JUD), "the Intelligence Committee of the Senate" a committee, "the
Border Police Command" police (COP): the head noun says what kind of body it is, and only when the head
is a general noun ("Committee", "Council", "Service") do the words before it tell ("State Security
Service": SPY). PLOVER's sectors: JUD courts and prosecutors, MIL armed forces, COP police, SPY
intelligence services, LEG legislatures.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Head nouns that say what a body is, whatever words come before them.
HEAD_SECTORS = {
    "court": "JUD", "tribunal": "JUD", "judiciary": "JUD", "prosecutor": "JUD", "prosecutors": "JUD",
    "army": "MIL", "navy": "MIL", "military": "MIL", "forces": "MIL", "troops": "MIL", "soldiers": "MIL",
    "corps": "MIL", "brigade": "MIL", "division": "MIL", "regiment": "MIL", "battalion": "MIL", "fleet": "MIL",
    "command": "MIL", "guards": "MIL", "militia": "MIL", "defences": "MIL", "defenses": "MIL",
    "police": "COP", "gendarmerie": "COP", "constabulary": "COP", "carabinieri": "COP",
    "parliament": "LEG", "legislature": "LEG", "senate": "LEG", "congress": "LEG", "duma": "LEG",
    "intelligence": "SPY",
}
# Two-word heads whose last word alone says nothing ("embassy staff" are not troops, "the general staff" is).
HEAD_PHRASES = {"general staff": "MIL", "coast guard": "MIL"}
# Words before a general head that say its kind: "State Security Service", "Defence Intelligence Agency".
MODIFIER_SECTORS = (("SPY", {"intelligence", "security", "counterintelligence", "espionage"}),
                    ("COP", {"police"}),
                    ("JUD", {"judicial", "prosecution", "prosecutor", "prosecutor's"}))
GENERAL_HEADS = {"service", "services", "agency", "directorate", "bureau", "organisation", "organization",
                 "department", "office"}
# A security service that answers to a ministry of the interior is still a service; but "Security Council"
# and "National Security Committee" are councils of government, so only these heads take a modifier's kind.


def _head(span: Span) -> Token | None:
    """The noun heading a name: the last word before "of"/"for"/"on" ("Court of Appeal"), else the last word."""
    words = [t for t in span if t.is_alpha]
    for i, t in enumerate(words[1:], 1):
        if t.lower_ in {"of", "for", "on"}:
            return words[i - 1]
    return words[-1] if words else None


def body_sector(span: Span) -> str | None:
    """The sector a body's name gives by its head noun ("Supreme Court": JUD), or by the kind words before
    a general head ("Federal Security Service": SPY); None when the head says nothing."""
    head = _head(span)
    if head is None:
        return None
    if head.lower_ in HEAD_SECTORS:
        return HEAD_SECTORS[head.lower_]
    if head.i > span.start and f"{span.doc[head.i - 1].lower_} {head.lower_}" in HEAD_PHRASES:
        return HEAD_PHRASES[f"{span.doc[head.i - 1].lower_} {head.lower_}"]
    if head.lower_ not in GENERAL_HEADS:
        return None
    before = {t.lower_ for t in span if t.i < head.i}
    return next((sector for sector, words in MODIFIER_SECTORS if before & words), None)
