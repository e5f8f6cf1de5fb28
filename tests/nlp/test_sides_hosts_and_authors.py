"""Sides: the host a visit noun names, the source's own thing in its object, the author of the
clause a summary noun sums up, a name in apposition inside the subject, a run of "they" subjects, military
shows of force criticised later, and the named leader of a delegation. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest


def _sides(reader, text, trigger, published="2025-03-12"):
    events = reader.read(text, published=published).events
    event = next(e for e in events if e.trigger == trigger)
    return [a.name for a in event.source], [a.name for a in event.target]


@pytest.mark.parametrize("text, visitor, host", [
    ("British Prime Minister Keir Starmer gave an upbeat interview during an Elysee Palace visit on Tuesday.",
     "Keir Starmer", "France"),
    ("Scholz told reporters during a Beijing visit that trade should stay fair.", "Olaf Scholz", "China"),
])
def test_a_place_before_a_visit_noun_is_the_host(reader, text, visitor, host):
    source, target = _sides(reader, text, "visit")
    assert visitor in source and host in target and host not in source


@pytest.mark.parametrize("text, trigger, source_name, target_name, own", [
    ("The State Department reaffirmed America's commitment to Japan on Friday.", "reaffirmed",
     "U.S. State Department", "Japan", "United States"),
    # a capital acting names the side as the text does (its country stays the state's)
    ("Berlin reaffirmed Germany's commitment to Lithuania on Monday.", "reaffirmed", "Berlin", "Lithuania", None),
])
def test_the_sources_own_thing_in_its_object_is_not_the_target(reader, text, trigger, source_name, target_name, own):
    source, target = _sides(reader, text, trigger)
    assert source_name in source and target_name in target
    assert own is None or own not in target


@pytest.mark.parametrize("text, trigger, accuser, author", [
    ("Washington imposed new tariffs on Mexican steel on Monday, a move Mexico denounced as unfair.", "denounced",
     "Mexico", "Washington"),
    ("Tokyo released treated water into the sea, a decision that China criticised sharply.", "criticised",
     "China", "Tokyo"),
])
def test_criticising_a_summary_noun_targets_the_author_of_the_clause_it_sums_up(reader, text, trigger, accuser, author):
    source, target = _sides(reader, text, trigger)
    assert accuser in source and target == [author]


@pytest.mark.parametrize("text, trigger, renamed", [
    ("In Manila, a spokesman for President Ferdinand Marcos, Claire Castro, condemned the new restrictions.",
     "condemned", "Claire Castro"),
    ("In Rome, an adviser to Prime Minister Giorgia Meloni, Fabrizio Saggio, criticised the tariff plan.",
     "criticised", "Fabrizio Saggio"),
])
def test_a_name_in_apposition_inside_the_subject_is_not_the_other_side(reader, text, trigger, renamed):
    _, target = _sides(reader, text, trigger)
    assert renamed not in target


def test_a_run_of_they_subjects_keeps_its_referent(reader):
    text = ("Mali and Niger said on Sunday that they would quit the African Union. "
            "They charged that the African Union had ignored them. "
            "They also condemned the sanctions the African Union had placed on them.")
    source, target = _sides(reader, text, "condemned", "2024-02-01")
    assert "Mali" in source and "African Union" in target


@pytest.mark.parametrize("text, author", [
    ("China staged large naval drills around Taiwan on Tuesday, its navy said. "
     "Japan's defence ministry condemned the drills on Wednesday.", "China"),
])
def test_criticising_a_show_of_force_told_before_targets_its_author(reader, text, author):
    _, target = _sides(reader, text, "condemned", "2025-04-03")
    assert author in target and "Taiwan" not in target  # its navy, which told of them, is the author's too


@pytest.mark.parametrize("text, trigger, leader", [
    ("Turkish officials met a Syrian delegation led by Foreign Minister Asaad al-Shaibani in Ankara on Monday.",
     "met", "Asaad al-Shaibani"),
    ("American envoys held talks with an Iranian team headed by Abbas Araghchi in Muscat on Saturday.",
     "talks", "Abbas Araghchi"),
])
def test_a_delegation_is_told_by_its_named_leader(reader, text, trigger, leader):
    _, target = _sides(reader, text, trigger)
    assert leader in target


@pytest.mark.parametrize("text, author", [
    ("Moscow denounced the sanctions the European Union had placed on its banks.", "European Union"),
    ("Caracas rejected the sanctions that Washington had put on its oil company.", "Washington"),
])
def test_a_relative_clause_of_imposing_names_the_acts_author(reader, text, author):
    events = reader.read(text, published="2025-03-12").events
    act = next(e for e in events if e.type == "SANCTION")
    assert [a.name for a in act.source] == [author]


@pytest.mark.parametrize("text, host", [
    ("Lee Jae-myung drew praise from Donald Trump during a White House visit on Monday.", "Donald Trump"),
    ("Philippine Defense Secretary Gilberto Teodoro heard warm words from Pete Hegseth during a Pentagon visit on "
     "Monday.", "Pete Hegseth"),
])
def test_the_one_person_of_a_visited_bodys_state_named_in_the_sentence_hosts(reader, text, host):
    _, target = _sides(reader, text, "visit")
    assert host in target


def test_a_visited_bodys_person_told_in_another_clause_is_not_the_host(reader):
    text = "Colombian President Gustavo Petro shelved his White House visit once Donald Trump raised tariffs."
    _, target = _sides(reader, text, "visit", "2025-02-01")
    assert "Donald Trump" not in target


def test_the_sources_own_thing_stays_the_target_when_no_other_party_is_named(reader):
    _, target = _sides(reader, "Defence Minister Boris Pistorius defended Germany's decision on Monday.", "defended")
    assert "Germany" in target
