"""Sides the parser hides: an infinitive under a verb whose subject was hung elsewhere ("X, she added, had
committed to work"), an infinitive on a thing its maker set going ("launched a mission to patrol"), a
"his"/"her" government acting for the person's state, a lower-case head tagged as a name ("task group").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _event(reader, text, trigger):
    events = reader.read(text, published="2025-03-07").events
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.type, e.trigger, [a.name for a in e.source], [a.name for a in e.target]) for e in events]
    return found[0]


@pytest.mark.parametrize("text,trigger,source", [
    ("Canada, she added, had committed to work with Mexico to stop the smuggling of rifles.", "work", "CAN"),
    ("Norway, the minister noted, had promised to cooperate with Sweden on border policing.", "cooperate", "NOR"),
])
def test_an_infinitive_takes_its_governors_stray_subject(reader, text, trigger, source):
    event = _event(reader, text, trigger)
    assert source in {a.country for a in event.source}


@pytest.mark.parametrize("text,trigger,source", [
    ("The European Union launched a naval mission to patrol the Red Sea last week.", "patrol", "EUR"),
    ("Kenya set up a task force to patrol the Somali border in March.", "patrol", "KEN"),
])
def test_a_made_thing_acts_for_its_maker(reader, text, trigger, source):
    event = _event(reader, text, trigger)
    assert source in {a.country for a in event.source}


@pytest.mark.parametrize("text,trigger,source", [
    ("Finnish Prime Minister Petteri Orpo said his government would discuss the border closure with Russia.",
     "discuss", "FIN"),
    ("Estonian Prime Minister Kristen Michal said her government would meet Latvian officials next week.",
     "meet", "EST"),
])
def test_his_government_acting_is_the_persons_state(reader, text, trigger, source):
    event = _event(reader, text, trigger)
    assert source in {a.country for a in event.source}


@pytest.mark.parametrize("text,trigger,source", [
    ("In March, a Russian naval task group held live-fire drills in the Baltic Sea, drawing complaints from Finland.",
     "drills", "RUS"),
])
def test_a_task_group_of_a_state_acts_for_it(reader, text, trigger, source):
    event = _event(reader, text, trigger)
    assert source in {a.country for a in event.source}
