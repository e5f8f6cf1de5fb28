"""One ship, jet or drone acts for its state (detente.nlp.arguments.GROUP_SECTORS), and "the bloc" is the body
named before, never one of its officials. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,country", [
    ("A Chinese vessel rammed a Vietnamese fishing boat near the Paracel Islands on Tuesday.", "CHN"),
    ("An Iranian drone struck a cargo ship in the Red Sea on Friday.", "IRN"),
])
def test_a_state_craft_is_an_actor(reader, text, country):
    events = reader.read(text, published="2025-02-10").events
    assert events and [a.country for a in events[0].source] == [country]


def test_the_bloc_is_not_its_official(reader):
    text = ("The EU's foreign policy chief, Kaja Kallas, presented the plan on Monday. Kyiv urged the bloc "
            "to adopt it quickly.")
    events = reader.read(text, published="2025-02-10").events
    assert not any(a.name == "Kaja Kallas" for e in events for a in e.target)


@pytest.mark.parametrize("text,countries", [
    ("Senior Indian and Pakistani military officials spoke by hotline on Saturday.", {"IND", "PAK"}),
    ("Brazilian and Argentine trade officials met in Montevideo on Monday.", {"BRA", "ARG"}),
])
def test_conjoined_states_of_officials_are_both_sides(reader, text, countries):
    events = reader.read(text, published="2025-02-10").events
    assert events and {a.country for a in events[0].source + events[0].target} == countries


@pytest.mark.parametrize("text,body", [
    ("Two Chinese navy helicopters buzzed an aircraft of the Philippine Bureau of Fisheries over Scarborough "
     "Shoal on Tuesday.", "Philippine Bureau of Fisheries"),
    ("Vietnamese officials said a Chinese maritime militia boat rammed two fishing boats of the Vietnam "
     "Fisheries Surveillance near the Paracels.", "Vietnam Fisheries Surveillance"),
    ("A Chinese warship blocked a patrol boat of the Philippine Coast Guard near Second Thomas Shoal on "
     "Friday.", "Philippine Coast Guard"),
])
def test_a_craft_of_a_named_body_is_that_body(reader, text, body):
    """"the largest vessel of the X Coast Guard": craft (and crew) "of" a body belong to it, as "X's ship" does."""
    events = reader.read(text, published="2025-02-10").events
    assert events and body in [a.name for a in events[0].target]
