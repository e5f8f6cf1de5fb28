"""A state's governing body written with its state stands on an event side as itself, with the state's
country and adjective (records' `who` rule 6; sentences written for these tests)."""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger

# (sentence, trigger, side, body as named on the side, its country)
BODIES = [
    # a possessive state before the body, with a word between
    ("Chile's interim cabinet endorsed the accord with Peru on Monday.", "endorsed", "source",
     "Chilean interim cabinet", "CHL"),
    # the state's adjective before it
    ("The Guinean junta expelled the French ambassador on Tuesday.", "expelled", "source", "Guinean junta", "GIN"),
    # "government" with a word between: the body, not the bare state
    ("Bolivia's interim government accused Chile of spying on Friday.", "accused", "source",
     "Bolivian interim government", "BOL"),
    # a plural body as the doer of a break of relations
    ("Bolivia's transitional authorities broke off relations with Israel on Friday.", "broke", "source",
     "Bolivian transitional authorities", "BOL"),
]


@pytest.mark.parametrize("text,trigger,side,name,country", BODIES, ids=[c[3] for c in BODIES])
def test_governing_body_is_its_own_side(reader, text, trigger, side, name, country):
    event = event_by_trigger(reader, text, trigger)
    assert (name, country) in [(a.name, a.country) for a in getattr(event, side)], (event.source, event.target)


@pytest.mark.parametrize("text,trigger", [
    # people of a state are no governing body: "officials" still stand for their state
    ("Chilean officials endorsed the accord with Peru on Monday.", "endorsed"),
    # a body merely owning the thing acted on is no side
    ("Peru criticised the Chilean cabinet's decision on Monday.", "criticised"),
])
def test_people_and_owners_are_no_body_side(reader, text, trigger):
    event = event_by_trigger(reader, text, trigger)
    assert not any("cabinet" in a.name or "officials" in a.name for a in event.source + event.target), \
        (event.source, event.target)


@pytest.mark.parametrize("text,trigger,name", [
    # a bare "the cabinet" is the cabinet of the state the story is about
    ("Peru recalled its ambassador from Chile on Monday. On Wednesday the cabinet expelled the Chilean consul.",
     "expelled", "Peruvian cabinet"),
    # a bare "the government" stands for the state itself
    ("Peru recalled its ambassador from Chile on Monday. On Wednesday the government expelled the Chilean consul.",
     "expelled", "Peru"),
])
def test_bare_governing_noun_takes_the_story_state(reader, text, trigger, name):
    event = event_by_trigger(reader, text, trigger)
    assert name in [a.name for a in event.source], event.source


@pytest.mark.parametrize("text,trigger,written", [
    # the state written by its name, not its adjective: the body's name is nowhere in the text
    ("Peru's government expelled the Chilean consul on Monday.", "expelled", "Peru's government"),
    ("The Peru government expelled the Chilean consul on Monday.", "expelled", "Peru government"),
    # a bare "the cabinet": the noun itself
    ("Peru recalled its ambassador from Chile on Monday. On Wednesday the cabinet expelled the Chilean consul.",
     "expelled", "cabinet"),
])
def test_body_keeps_the_phrase_that_named_it(reader, text, trigger, written):
    readout = reader.read(text, published="2025-05-14")
    event = next(e for e in readout.events if e.trigger == trigger)
    body = next(a for a in event.source if a.actor_id and a.actor_id.startswith("group:"))
    actor = next(a for a in readout.actors if a.id == body.actor_id)
    assert written in actor.mentions, actor.mentions
