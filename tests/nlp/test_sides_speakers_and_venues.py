"""Sides: the speaker who tells his state's act, the parties "between" a venue's meeting,
and a relative clause's antecedent. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _sides(reader, text, trigger, published="2025-03-12"):
    events = reader.read(text, published=published).events
    event = next(e for e in events if e.trigger == trigger)
    return [a.name for a in event.source], [a.name for a in event.target]


@pytest.mark.parametrize("text, trigger, speaker, state", [
    ("Swedish Ambassador Peter Lindqvist said Sweden urged Moscow to free the detained sailors.", "urged",
     "Peter Lindqvist", "Sweden"),
    ("Foreign Minister Penny Wong said Australia had expelled two Iranian diplomats over the plot.", "expelled",
     "Penny Wong", "Australia"),
])
def test_the_speaker_who_tells_his_states_act_is_on_its_side(reader, text, trigger, speaker, state):
    source, _ = _sides(reader, text, trigger)
    assert state in source and speaker in source


def test_a_conjunct_of_the_saying_is_not_voiced_by_the_speaker(reader):
    text = "Swedish Ambassador Peter Lindqvist said little on Monday, and Sweden urged Moscow to free the sailors."
    source, _ = _sides(reader, text, "urged")
    assert "Peter Lindqvist" not in source


@pytest.mark.parametrize("text, trigger, parties, venue", [
    ("Tensions rose after a tense White House meeting between Zelensky and President Donald Trump.", "meeting",
     {"Volodymyr Zelensky", "Donald Trump"}, "White House"),
])
def test_the_parties_between_meet_at_the_venue_named_before_the_noun(reader, text, trigger, parties, venue):
    source, target = _sides(reader, text, trigger)
    assert parties <= set(source + target) and venue not in source + target


@pytest.mark.parametrize("text, trigger, subject, other", [
    ("Narendra Modi, who met Chinese President Xi Jinping in Kazan on Wednesday, flew home the next day.", "met",
     "Narendra Modi", "Xi Jinping"),
])
def test_a_relative_clause_acts_through_its_antecedent(reader, text, trigger, subject, other):
    source, target = _sides(reader, text, trigger, "2024-10-24")
    assert subject in source and other in target and other not in source


@pytest.mark.parametrize("text, town, host", [
    ("Xi Jinping travelled to Kovalam in southern India in 2019.", "Kovalam", "India"),
])
def test_an_unknown_name_travelled_to_is_a_town_not_a_party(reader, text, town, host):
    _, target = _sides(reader, text, "travelled", "2024-10-24")
    assert town not in target and host in target
