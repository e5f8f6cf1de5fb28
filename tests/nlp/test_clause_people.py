"""People an act's own clause names for a state its side names alone (session 18; sentences written for these
tests): "travelled to Rabat to meet King Mohammed VI" gives Morocco's side its king; a person the clause names
only in a phrase of time ("after X took office") takes no part."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


def _names(event) -> set[str]:
    return {a.name for a in event.source + event.target}


@pytest.mark.parametrize("text, kind, person", [
    # a purpose clause names whom the visitor met
    ("President Emmanuel Macron and President Abdelmadjid Tebboune spoke by phone on March 1, and Foreign Minister "
     "Jean-Noel Barrot flew to Algiers on March 3 to meet Tebboune and restart talks on migration.", "CONSULT",
     "Abdelmadjid Tebboune"),
    ("Portugal's foreign minister travelled to Rabat on Monday to meet King Mohammed VI and discuss fisheries.",
     "CONSULT", "Mohammed VI of Morocco"),
])
def test_a_state_side_takes_the_person_its_clause_names(reader, text, kind, person):
    visits = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind and e.mode == "visit"]
    assert visits and person in _names(visits[0]), [(e.type, _names(e)) for e in visits]


@pytest.mark.parametrize("text, kind, person", [
    ("Chinese forces staged large drills around Taiwan on Monday, a week after the inauguration of the island's "
     "new leader, Lai Ching-te.", "MOBILIZE", "Lai Ching-te"),
])
def test_a_person_of_a_phrase_of_time_takes_no_part(reader, text, kind, person):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert events and all(person not in _names(e) for e in events), [(e.type, _names(e)) for e in events]


@pytest.mark.parametrize("text, person", [
    # "on" hangs on the honour or on the verb: either way its person receives it
    ("Thailand's King Maha Vajiralongkorn conferred the Order of the White Elephant, the kingdom's oldest "
     "decoration, on Indonesian President Joko Widodo on Tuesday.", "Joko Widodo"),
    ("The Saudi crown prince bestowed the King Abdulaziz Medal on French President Emmanuel Macron in Riyadh.",
     "Emmanuel Macron"),
])
def test_the_honoured_person_is_the_other_party(reader, text, person):
    honours = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "SUPPORT"]
    assert honours and person in _names(honours[0]), [(e.type, _names(e)) for e in honours]
