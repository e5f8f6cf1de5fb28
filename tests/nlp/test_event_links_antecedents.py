"""Which earlier event a later mention is (session 11; sentences written for these tests): "the two governments
agreed ..." is no repeat of an act with a third state, nor of an agreement about another thing (a noun's
infinitive is its content), nor of an act whose other side is only a group; a definite mention that dates
another clause ("before the meeting") lends that clause's subject no part in the event, and is no repeat of the
act it dates ("agreed to open talks after their meeting": two events)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

PUBLISHED = "2025-03-07"


def _agreements(reader, text):
    return [e for e in reader.read(text, published=PUBLISHED).events if e.type == "AGREE" and e.status == "occurred"]


def _countries(refs):
    return sorted({r.country for r in refs})


@pytest.mark.parametrize("text, third", [
    ("Japanese Prime Minister Shigeru Ishiba held talks with Philippine President Ferdinand Marcos in Manila on "
     "Monday. Ishiba also signed an accord with Australia. The two governments signed a defence pact.", "AUS"),
    ("Brazilian President Luiz Inacio Lula da Silva held talks with Colombian President Gustavo Petro in Bogota "
     "on Monday. Lula also signed a memorandum with Peru. The two governments signed a memorandum on river "
     "transport.", "PER"),
])
def test_the_pairs_act_is_no_repeat_of_an_act_with_a_third_state(reader, text, third):
    acts = _agreements(reader, text)
    pair = [e for e in acts if third not in _countries(e.source + e.target)]
    assert len(acts) == 2 and len(pair) == 1, [(e.trigger, _countries(e.source), _countries(e.target)) for e in acts]


@pytest.mark.parametrize("text", [
    "Vietnamese Prime Minister Pham Minh Chinh gave Laos a pledge on Monday to build a rail link. In a communique, "
    "the two governments promised to curb smuggling.",
    "Chilean President Gabriel Boric gave Argentina a pledge on Friday to open two new mountain crossings. In a "
    "communique, the two governments promised to share data on glaciers.",
])
def test_a_nouns_infinitive_is_its_content(reader, text):
    triggers = {e.trigger for e in _agreements(reader, text)}
    assert {"pledge", "promised"} <= triggers, triggers


def _ref(kind, country):
    return SimpleNamespace(kind=kind, country=country, actor_id=f"{kind}:{country}")


@pytest.mark.parametrize("target, two", [
    ([_ref("group", "USA")], False),  # "agreed to provide the planes": an object, not the other side
    ([_ref("state", "USA")], True),
    ([_ref("group", "USA"), _ref("person", "USA")], True),
])
def test_the_two_sides_are_two_parties(target, two):
    from detente.nlp.event_links import _two_parties
    assert _two_parties(SimpleNamespace(source=[_ref("state", "VEN")], target=target)) is two


@pytest.mark.parametrize("text, outsider", [
    ("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on Monday. Latvian "
     "Foreign Minister Baiba Braze had spoken to reporters before the meeting.", "LVA"),
    ("Peruvian President Dina Boluarte met Ecuadorean President Daniel Noboa in Lima on Monday. Bolivian "
     "officials issued a statement after the talks.", "BOL"),
])
def test_a_mention_that_dates_a_clause_adds_no_party(reader, text, outsider):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    assert len(events) == 1 and outsider not in _countries(events[0].source + events[0].target), \
        [(e.trigger, _countries(e.source), _countries(e.target)) for e in events]


@pytest.mark.parametrize("text", [
    ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed on Friday to begin talks on "
     "water rights after their first meeting on the sidelines of the APEC summit."),
    ("Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed on Tuesday to "
     "start talks on fisheries after their first meeting on the sidelines of the G20 summit."),
])
def test_a_mention_that_dates_its_sentences_act_is_another_act(reader, text):
    events = reader.read(text, published=PUBLISHED).events
    talks = [e for e in events if e.type == "CONSULT"]
    assert {e.status for e in talks} == {"planned", "occurred"}, [(e.trigger, e.status) for e in talks]
