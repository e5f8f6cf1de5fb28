"""State bodies written without their state ("the navy said", "the Defence Ministry said", "told Parliament")
are placed in the state the text around them gives."""

from __future__ import annotations

import pytest


def _body(reader, text, word, published="2024-05-02"):
    actors = reader.read(text, published=published).actors
    return next((a for a in actors if word in a.name.lower() or any(word in m.lower() for m in a.mentions)), None)


@pytest.mark.parametrize("text, word, name, country, sector", [
    # the source of the report owns the body it speaks of
    ("Chilean officials said the navy was patrolling waters that remain in dispute with Peru.",
     "navy", "Chilean navy", "CHL", "MIL"),
    ("Egypt blamed Sudan for the raid, a charge Sudanese state media said the armed forces denied on Monday.",
     "armed forces", "Sudanese armed forces", "SDN", "MIL"),
    # a state named with its command: the armed forces, as written
    ("The Romanian general staff said two drones had crossed the border overnight.",
     "general staff", "Romanian general staff", "ROU", "MIL"),
])
def test_body_without_state_takes_its_source_state(reader, text, word, name, country, sector):
    body = _body(reader, text, word)
    assert body is not None and body.name.lower() == name.lower() and body.country == country and body.sector == sector


def test_protest_target_does_not_own_the_ministry(reader):
    """A ministry that protests to a capital is not that capital's: the story's dateline places it."""
    text = ("LIMA, May 2 (Example Wire) - A fishing boat sank after a collision at sea on Friday, officials said.\n\n"
            "The Department of Foreign Affairs said it would lodge a protest with Beijing through diplomatic channels.")
    body = _body(reader, text, "foreign affairs")
    assert body is not None and body.country == "PER" and body.sector == "GOV"


def test_lead_subject_places_a_ministry(reader):
    """No dateline: the state the lead is about owns a ministry the story names bare."""
    text = ("Norway protested to Russia on Monday after a military drone flew over its northern border.\n\n"
            "The drone stayed over the town for about an hour, the Defence Ministry said in a statement.")
    body = _body(reader, text, "defen")
    assert body is not None and body.country == "NOR" and body.sector == "MIL"


@pytest.mark.parametrize("text, country", [
    ("Prime Minister Mark Carney told Parliament there was evidence of foreign interference by India.", "CAN"),
    ("Addressing parliament on Tuesday, Prime Minister Keir Starmer said Britain would not back down.", "GBR"),
])
def test_one_who_addresses_parliament_addresses_his_own(reader, text, country):
    body = _body(reader, text, "parliament")
    assert body is not None and body.country == country and body.sector == "LEG"


def test_possessive_body_follows_the_state_before(reader):
    """"Its foreign ministry" opening a sentence is the ministry of the state the sentence before was about."""
    text = ("Qatar said its air defences intercepted the missiles. Its foreign ministry denounced the attack as a "
            "violation of Qatari sovereignty and of Iranian promises.")
    body = _body(reader, text, "foreign")
    assert body is not None and body.country == "QAT"


def test_noun_modifying_another_is_no_body(reader):
    """Guard: "the military academy" is a school, not the armed forces."""
    actors = reader.read("Prabowo graduated from the military academy in Magelang in 1974.",
                         published="2024-05-02").actors
    assert not any("armed forces" in a.name.lower() or a.name.lower().endswith(" military") for a in actors)


@pytest.mark.parametrize("text, word, name, country", [
    # a source named by a demonym of two words owns the body as one of one word does
    ("South Korean officials said the navy fired warning shots after a North Korean boat crossed the line.",
     "navy", "South Korean navy", "KOR"),
    ("Sri Lankan officials said the navy seized two Indian trawlers near the island on Sunday.",
     "navy", "Sri Lankan navy", "LKA"),
])
def test_two_word_demonym_of_the_source_owns_the_body(reader, text, word, name, country):
    body = _body(reader, text, word)
    assert body is not None and body.country == country


@pytest.mark.parametrize("text, word, country, role", [
    ("In Berlin, the minister said he had ordered the federal police to tighten checks at Germany's borders.",
     "federal police", "DEU", "German federal police"),
    ("NIAMEY \u2014 The junta said on Monday it would expel two diplomats.", "junta", "NER", "Nigerien junta"),
])
def test_a_qualified_or_ruling_body_is_placed_and_says_whose_it_is(reader, text, word, country, role):
    body = next(a for a in reader.read(text, published="2025-05-14").actors if word in a.mentions)
    assert (body.country, body.role) == (country, role)


@pytest.mark.parametrize("text, word, country", [
    # a person of a known state reporting what a bare body does speaks of his own state's body
    ("ASTANA — Vladimir Putin told the summit that the defence ministry was choosing new targets.",
     "defence ministry", "RUS"),
    ("ANKARA — Emmanuel Macron told reporters that the navy would send two frigates.", "navy", "FRA"),
])
def test_a_known_person_reporting_a_bare_body_owns_it(reader, text, word, country):
    body = _body(reader, text, word)
    assert body is not None and body.country == country
