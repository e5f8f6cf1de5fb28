"""Bodies a person's pronoun owns as speakers: "His government disputed the figures", "her ministry said",
"a statement from his government". The body speaks, not the leader the possessive points to (README
convention 22); it is named as that person's state's government or office ("Brazilian government",
"Indian foreign ministry"), the way the records write a state's body by its demonym."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from detente.nlp.antecedents import last_person_before
from detente.nlp.ministries import PORTFOLIOS
from detente.records import ActorRef

# bodies that speak for a leader's whole state, whoever leads it
GOVERNMENT_NOUNS = {"government", "administration", "cabinet"}
PERSON_PRONOUNS = {"his", "her"}


# the short form news gives a ministry ("the foreign ministry" for the Ministry of Foreign Affairs)
SHORT_PORTFOLIOS = {"foreign affairs": "foreign"}
_MINISTER = re.compile(r"\b(?:(?P<before>\w+(?: \w+)?) minister|minister (?:for|of) (?:the )?(?P<after>\w+(?: \w+)?))\b")


def _portfolio(role: str | None) -> str | None:
    """The portfolio a minister's role names ("Foreign Minister", "Minister for Foreign Affairs" -> "foreign")."""
    for found in _MINISTER.finditer((role or "").lower()):
        words = (found.group("before") or found.group("after")).split()
        for size in (2, 1):
            part = " ".join(words[-size:] if found.group("before") else words[:size])
            if len(words) >= size and part in PORTFOLIOS:
                return SHORT_PORTFOLIOS.get(part, part)
    return None


def _body_words(noun: Token, role: str | None) -> str | None:
    """The body's own words after the demonym: "government", or a minister's "foreign ministry"."""
    lemma = noun.lemma_.lower()
    if lemma in GOVERNMENT_NOUNS:
        return lemma
    portfolio = _portfolio(role) if lemma == "ministry" else None
    return f"{portfolio} ministry" if portfolio else None


def person_body(doc: Doc, noun: Token, person=None) -> ActorRef | None:
    """"His government" / "her ministry" (a lone "his"/"her" owning the noun): the state's body of the person
    the pronoun stands for (`person`, an ActorRef, when the caller knows who), named by the state's demonym."""
    from detente.nlp.statement_occasions import demonym  # (it imports the speech modules that import this one)
    mods = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}]
    if len(mods) != 1 or mods[0].dep_ != "poss" or mods[0].lower_ not in PERSON_PRONOUNS:
        return None  # "his new government", "his foreign ministry": not plainly the state's own body
    found = last_person_before(doc, mods[0])
    country = (person.country if person is not None else None) or (found.country if found is not None else None)
    role = found.role if found is not None and (person is None or found.actor_id == person.actor_id) else None
    words = _body_words(noun, role)
    adjective = demonym(country) if country else None
    if words is None or adjective is None:
        return None
    return ActorRef(name=f"{adjective} {words}", country=country, sector="GOV", actor_id=f"state:{country}")
