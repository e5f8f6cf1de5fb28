"""Cues beside a reported clause, on sentences written for these tests: a second cue conjoined to the
clause is the speaker's own act; a request put to someone by a preposition; a charge with its object;
an attack in words on a person."""

from __future__ import annotations

import pytest


def _statements(reader, text):
    return reader.read(text, published="2025-05-20").statements


@pytest.mark.parametrize("text,first,cue,second", [
    ("Senator Paula Grant said Canberra backs the plan and urged the bank to move faster.",
     "Canberra backs the plan", "urged", "the bank to move faster"),
    ("The navy said it had escorted the trawler out of the zone and accused Oslo of a provocation.",
     "it had escorted the trawler out of the zone", "accused", "Oslo of a provocation"),
    ('The Foreign Ministry of Norway said the country would respond and called the new tariffs "unjust".',
     "the country would respond", "called", 'the new tariffs "unjust'),
])
def test_a_cue_conjoined_to_the_reported_clause_is_the_speakers_next_act(reader, text, first, cue, second):
    found = {s.cue: s for s in _statements(reader, text)}
    assert found["said"].quote == first
    assert found[cue].quote == second and found[cue].speaker.name == found["said"].speaker.name


def test_a_cue_conjoined_in_the_same_tense_stays_part_of_what_was_said(reader):
    text = "The navy said the crew fired flares and warned the trawler twice."
    found = [s for s in _statements(reader, text) if s.cue == "said"]  # two claims (README convention 16)
    assert any("warned the trawler" in s.quote for s in found)
    assert not any(s.cue == "warned" for s in _statements(reader, text))


@pytest.mark.parametrize("text,cue,content", [
    ("Ambassador Jane Hollis called on Hanoi to end its dangerous maneuvers.", "called",
     "Hanoi to end its dangerous maneuvers"),
    # the same, with the infinitive parsed as a clause of purpose
    ("Washington condemned the incident. Ambassador Jane Hollis said the United States stands with its ally and "
     "called on Hanoi to stop its dangerous actions.", "called", "Hanoi to stop its dangerous actions"),
    ("The minister blamed the rebels for the attack on the convoy.", "blamed", "the rebels for the attack on the convoy"),
])
def test_a_request_or_a_charge_names_who_it_is_put_to(reader, text, cue, content):
    found = [s for s in _statements(reader, text) if s.cue == cue]
    assert found and found[0].quote == content


@pytest.mark.parametrize("text,attribution", [
    ("Senator Ann Boyd attacked Governor Tom Reyes for his budget cuts.", True),
    ("Donald Trump attacked Hillary Clinton at a rally on Monday.", True),
    ("Russian forces attacked Kharkiv overnight.", False),
    ("Rebels attacked the convoy for hours.", False),
])
def test_an_attack_on_a_person_in_words_is_an_attribution(reader, text, attribution):
    assert any(s.cue == "attacked" for s in _statements(reader, text)) == attribution


def test_a_closing_according_to_is_not_part_of_what_was_said(reader):
    text = ("President Lula struck a warm note, saying Brazil's growth could go hand in hand with Argentina's, "
            "according to Agencia Brasil.")
    found = [s.quote for s in _statements(reader, text)]
    assert found == ["Brazil's growth could go hand in hand with Argentina's"]


@pytest.mark.parametrize("text,attribution", [
    ("The foreign ministry in Nairobi welcomed the ceasefire.", True),
    ("President Volodymyr Zelensky welcomed the decision and urged the bloc to move quickly.", True),
    ("Chinese President Xi Jinping welcomed Vladimir Putin in Beijing.", False),
    ("Chinese President Xi Jinping welcomed the visiting delegation at the Great Hall.", False),
])
def test_welcoming_a_development_is_an_attribution_and_welcoming_a_guest_is_not(reader, text, attribution):
    assert any(s.cue == "welcomed" for s in _statements(reader, text)) == attribution


def test_reported_words_end_at_the_last_word_not_at_the_paragraph_break(reader):
    text = ("Defence Minister Richard Marles met his counterpart on Monday. Each navy, he added, would publish "
            "its own plan in detail.\n\nThe ministers meet again in May.")
    found = [s.quote for s in _statements(reader, text) if "publish" in s.quote]
    assert found and found[0] == found[0].rstrip()
