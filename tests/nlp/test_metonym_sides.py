"""A side the event's sentence names by its capital keeps that name, with the state's country (session 15;
sentences written for these tests): "Paris expelled ..." has Paris (FRA) as its source; a capital that is a
place ("talks in Paris", "visited Paris") or a state named by its name leaves the state's name."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


def _sides(event) -> list[tuple[str, str | None]]:
    return [(r.name, r.country) for r in event.source + event.target]


@pytest.mark.parametrize("text, kind, side", [
    ("Paris expelled two Algerian diplomats on Monday.", "SANCTION", ("Paris", "FRA")),
    ("Ottawa recalled its ambassador to India on Tuesday over the killing.", "SANCTION", ("Ottawa", "CAN")),
    ("Tokyo summoned the Chinese ambassador on Friday to protest against the incursion.", "ACCUSE",
     ("Tokyo", "JPN")),
    ("Canada condemned the missile test, and Seoul summoned the North Korean envoy on Thursday.", "ACCUSE",
     ("Seoul", "KOR")),
])
def test_a_capital_acting_names_the_side(reader, text, kind, side):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert any(side in _sides(e) for e in events), [_sides(e) for e in events]


@pytest.mark.parametrize("text, kind, state", [
    # the capital is where it happened, or where one went
    ("France and Algeria held talks in Paris on Monday.", "CONSULT", "France"),
    ("Algerian Foreign Minister Ahmed Attaf visited Paris on Monday.", "CONSULT", "France"),
    ("Algerian Foreign Minister Ahmed Attaf told reporters during a Paris visit that ties were improving.",
     "CONSULT", "France"),
    # the state named by its name
    ("France expelled two Algerian diplomats on Monday.", "SANCTION", "France"),
])
def test_a_place_or_a_state_name_keeps_the_state(reader, text, kind, state):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    names = [n for e in events for n, _ in _sides(e)]
    assert state in names and "Paris" not in names, names


@pytest.mark.parametrize("text, kind, side", [
    # the capital acted on: an object, a possessor, the object of "with" or "from" (session 23)
    ("Polish Prime Minister Donald Tusk accused Minsk on Monday of pushing migrants across the border.",
     "ACCUSE", ("Minsk", "BLR")),
    ("Lithuania broke off diplomatic relations with Minsk on Tuesday.", "SANCTION", ("Minsk", "BLR")),
    ("On Wednesday Swedish Prime Minister Ulf Kristersson demanded an explanation from Budapest over the delay.",
     "REQUEST", ("Budapest", "HUN")),
    ("Japanese Foreign Minister Yoko Kamikawa urged Seoul on Friday to honour the 2015 agreement.",
     "REQUEST", ("Seoul", "KOR")),
    # a body's seat, as a state's capital
    ("Brussels imposed anti-dumping duties on Chinese steel on Friday.", "SANCTION", ("Brussels", "EUR")),
    ("Britain urged Brussels on Monday to reopen the fisheries deal.", "REQUEST", ("Brussels", "EUR")),
])
def test_a_capital_acted_on_names_the_side(reader, text, kind, side):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert any(side in _sides(e) for e in events), [_sides(e) for e in events]


@pytest.mark.parametrize("text, kind, side", [
    # the side came from another word of the sentence or from the story: the capital still names it
    ("Chilean Foreign Minister Alberto van Klaveren warned that Chile would take further steps if La Paz did "
     "not act.", "THREATEN", ("La Paz", "BOL")),
    ("Bolivia criticised Chile's stance. Bolivian President Luis Arce called Santiago's reaction "
     "disproportionate.", "ACCUSE", ("Santiago", "CHL")),
])
def test_a_capital_in_the_sentence_renames_a_side_from_elsewhere(reader, text, kind, side):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert any(side in _sides(e) for e in events), [_sides(e) for e in events]


@pytest.mark.parametrize("text, kind, side", [
    # a subject "it" taking up the capital that acted in the sentence before (rule 5 of the `who` conventions)
    ("Ankara had warned Stockholm for months. On Monday it expelled two Swedish diplomats.", "SANCTION",
     ("Ankara", "TUR")),
    ("Warsaw answered the next morning. Besides the new tariffs, it closed a border crossing and expelled "
     "three Belarusian diplomats.", "SANCTION", ("Warsaw", "POL")),
    # a party of talks "between" two capitals
    ("Negotiations between Madrid and Rabat began the following year.", "CONSULT", ("Madrid", "ESP")),
])
def test_it_and_between_keep_the_capital(reader, text, kind, side):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert any(side in _sides(e) for e in events), [_sides(e) for e in events]


@pytest.mark.parametrize("text, kind, state", [
    # "it" taking up the state named by its name stays the state
    ("Poland had warned Minsk for months. On Monday it expelled two Belarusian diplomats.", "SANCTION", "Poland"),
])
def test_it_after_a_state_name_keeps_the_state(reader, text, kind, state):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    names = [n for e in events for n, _ in _sides(e)]
    assert state in names and "Warsaw" not in names, names
