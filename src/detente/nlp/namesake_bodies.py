"""Bodies of one name in several states ("the Joint Chiefs of Staff", "the Foreign Office"), written without
their owner: the one of the state the context places them in.

The knowledge base lists such a body under its bare name for one state (the U.S. Joint Chiefs of Staff, the
British Foreign Office) and under an owned name for the others ("South Korean Joint Chiefs of Staff",
"Pakistan's Foreign Office"). A story told from Seoul or Islamabad that writes the bare name means its own
state's body, as it writes "the navy" for its own navy (bare_bodies).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from detente.kb.base import Candidate, KnowledgeBase
from detente.nlp.bare_bodies import bare_body_country
from detente.nlp.mentions import Ref, clean_name
from detente.nlp.named_states import country_named_in
from detente.nlp.statement_occasions import demonym

LISTED = {"name", "alias"}


def _owned_forms(kb: KnowledgeBase, text: str, country: str) -> list[str]:
    """"South Korean Joint Chiefs of Staff", "South Korea's Joint Chiefs of Staff": the body's name with
    the state's adjective or name before it."""
    state = kb.get(f"state:{country}")
    adjective = demonym(country)
    forms = [f"{adjective} {text}"] if adjective else []
    return forms + ([f"{state.name}'s {text}", f"{state.name} {text}"] if state is not None else [])


def namesake(kb: KnowledgeBase, text: str, country: str, on: date | None) -> Candidate | None:
    """The body of `country` that the knowledge base lists under the bare name with its owner before it."""
    for form in _owned_forms(kb, text, country):
        found = kb.candidates(form, on)
        best = found[0] if found else None
        if best is not None and best.via in LISTED and best.actor.kind == "organisation" \
                and best.actor.country == country:
            return best
    return None


def as_context_namesake(kb: KnowledgeBase, span: Span, ref: Ref, on: date | None) -> Ref:
    """A listed body named without an owner, as the context state's body of the same name when it has one."""
    if ref.kind != "organisation" or ref.via not in LISTED or not ref.country or country_named_in(kb, span):
        return ref
    country = bare_body_country(kb, span)
    return placed_namesake(kb, span, ref, country, on, written=True) if country and country != ref.country else ref


def placed_namesake(kb: KnowledgeBase, span: Span, ref: Ref, country: str, on: date | None,
                    written: bool = False) -> Ref:
    """The body of `country` the knowledge base lists by the mention's name with its owner ("the North's
    foreign ministry" -> North Korea's), by its listed name or (written) as written with the owner's
    adjective; else the mention as is."""
    text = clean_name(span.text)
    found = namesake(kb, text, country, on)
    if found is None:
        return ref
    adjective = demonym(country) if written else None  # "Pakistani Foreign Office", as bare_bodies names one
    name = f"{adjective} {text}" if adjective else found.actor.name
    return Ref(found.actor.id, name, country, found.actor.sector or ref.sector, "organisation", None, found.via)
