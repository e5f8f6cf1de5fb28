"""Roles of capitals and seats of government standing for a state or body (detente.nlp.metonym_roles).
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _actors(reader, text, published="2025-05-14"):
    return {a.id: a for a in reader.read(text, published=published).actors}


@pytest.mark.parametrize("text, actor_id, role", [
    ("Ottawa rejected the new tariffs on Tuesday, and Mexico City said it would answer in kind.",
     "state:CAN", "metonym for the Canadian government"),
    ("Seoul protested after the drills, and Tokyo urged restraint on all sides.",
     "state:KOR", "metonym for the South Korean government"),
    ("Relations soured when Canberra accused Beijing of dumping barley.",
     "state:CHN", "metonym for the Chinese government"),
])
def test_a_capital_standing_for_its_state_says_so(reader, text, actor_id, role):
    assert _actors(reader, text)[actor_id].role == role


def test_a_seat_standing_for_a_body_names_the_body(reader):
    text = "Downing Street said on Monday that the prime minister would not attend the summit."
    office = _actors(reader, text)["org:gbr-prime-ministers-office"]
    assert (office.country, office.sector) == ("GBR", "GOV")
    assert office.role == "metonym for the British Prime Minister's Office"


@pytest.mark.parametrize("text, actor_id", [
    ("The ministers met in Ottawa on Tuesday to discuss fisheries.", "state:CAN"),
    ("The foreign minister flew to Canberra on Sunday for two days of talks.", "state:AUS"),
    ("SEOUL \u2014 Officials from both sides met for the first time in a year.", "state:KOR"),
    ("The envoy stopped over in Singapore on his way to Canberra.", "state:AUS"),
    ("Talks went on for weeks in Geneva, Oslo and Ottawa before the deal was signed.", "state:CAN"),
])
def test_a_capital_as_a_venue_takes_no_role(reader, text, actor_id):
    actor = _actors(reader, text).get(actor_id)
    assert actor is None or actor.role is None


def test_a_state_named_with_government_takes_no_metonym_role(reader):
    text = "The Polish government said it would close two border crossings."
    assert _actors(reader, text)["state:POL"].role is None


@pytest.mark.parametrize("text", [
    "The Kremlin said on Friday that no date had been set for the next round.",
    "A spokesman said the Kremlin would study the offer before it answered.",
])
def test_a_body_named_by_its_building_says_what_the_seat_stands_for(reader, text):
    assert _actors(reader, text)["org:kremlin"].role == "metonym for the Russian presidency"


def test_a_seat_as_a_venue_takes_no_role(reader):
    text = "The two presidents held three hours of talks in the Kremlin on Tuesday."
    actor = _actors(reader, text).get("org:kremlin")
    assert actor is None or actor.role is None


@pytest.mark.parametrize("text, actor_id, role", [
    ("Ottawa, in a statement from two ministers, said Canada would answer the duties in kind.",
     "state:CAN", "metonym for the Canadian government"),
    ("Canberra, after a cabinet meeting, said it would take the dispute to the WTO.",
     "state:AUS", "metonym for the Australian government"),
])
def test_a_capital_opening_a_sentence_before_a_comma_is_no_dateline(reader, text, actor_id, role):
    assert _actors(reader, text)[actor_id].role == role


@pytest.mark.parametrize("text, actor_id, role", [
    ("The White House said on Monday that the president would sign the order.",
     "org:white-house", "metonym for the U.S. presidency"),
    ("The Pentagon said two destroyers would sail through the strait this week.",
     "org:pentagon", "metonym for the U.S. Department of Defense"),
])
def test_american_seats_say_what_they_stand_for(reader, text, actor_id, role):
    assert _actors(reader, text)[actor_id].role == role
