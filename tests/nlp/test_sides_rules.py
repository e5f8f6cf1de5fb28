"""Who is on each side of an event and in which mode: named people beside roles, written order, datelines,
unplaced officials, "it" in what a state says, sanctions, summonses, condemning names, what is asked, hosts.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reader, text):
    return [e.as_dict() for e in reader.read(text, published="2025-06-01").events]


def _names(event, side):
    return [a["name"] for a in event[side]]


def _countries(event, side):
    return sorted({a["country"] for a in event[side] if a["country"]})


def _of_type(reader, text, type_):
    events = _events(reader, text)
    found = [e for e in events if e["type"] == type_]
    assert found, [(e["type"], e["mode"], _names(e, "source"), _names(e, "target")) for e in events]
    return found[0]


@pytest.mark.parametrize("text,source,target", [
    # a role phrase with a named person beside it: the person is the side, not "counterpart"
    ("Brazil's army chief, Gen. Paulo Ramalho, telephoned his Argentine counterpart, Gen. Tomas Ibarguren, "
     "on Tuesday.", "Paulo Ramalho", "Tomas Ibarguren"),
    ("Chile's foreign minister met his Peruvian counterpart, Rosa Villacorta, in Lima on Monday.",
     None, "Rosa Villacorta"),
])
def test_named_person_beside_a_role_is_the_side(reader, text, source, target):
    event = _of_type(reader, text, "CONSULT")
    assert target in _names(event, "target")
    if source:
        assert _names(event, "source") == [source]


@pytest.mark.parametrize("text,source,target", [
    # "X and Y spoke": the first written is the source even when the parser hangs X inside Y's name
    ("Outgoing Chancellor Olaf Scholz and French President Emmanuel Macron spoke by phone on Friday.", "DEU", "FRA"),
    # "X and Y held talks": the light verb's conjoined subject is split in written order
    ("Kenyan President William Ruto and Ethiopia's prime minister, Abiy Ahmed, held talks on Sunday.", "KEN", "ETH"),
])
def test_pairs_keep_written_order(reader, text, source, target):
    event = _of_type(reader, text, "CONSULT")
    assert (_countries(event, "source"), _countries(event, "target")) == ([source], [target])


def test_dateline_is_no_subject(reader):
    event = _of_type(reader, "NAIROBI \u2014 Kenya's foreign ministry on Monday demanded that Somalia free the "
                             "detained herders.", "REQUEST")
    assert (_countries(event, "source"), _countries(event, "target")) == (["KEN"], ["SOM"])


def test_unplaced_official_acts_for_the_other_country_named(reader):
    text = "Deputy Minister Arvo Keskula summoned Latvia's ambassador, Ilze Berzina, and Estonia later recalled its envoy."
    event = _of_type(reader, text, "ACCUSE")
    assert (_countries(event, "source"), _countries(event, "target")) == (["EST"], ["LVA"])
    assert "Ilze Berzina" in _names(event, "target")


def test_it_in_what_a_state_tells_is_the_speaker(reader):
    event = _of_type(reader, "Hanoi told Beijing it is halting imports of Chinese fruit.", "SANCTION")
    assert (_countries(event, "source"), event["mode"]) == (["VNM"], "discontinue")


@pytest.mark.parametrize("text,type_,mode", [
    # PLOVER: international sanctions are 'discontinue'
    ("Canada imposed sanctions on three Venezuelan officials.", "SANCTION", "discontinue"),
    ("Norway sanctioned two Iranian shipping firms on Monday.", "SANCTION", "discontinue"),
    ("Ghana suspended trade with Togo on Monday.", "SANCTION", "discontinue"),
    # summoning a state's diplomat registers a protest
    ("Poland summoned the Belarusian ambassador to protest on Thursday.", "ACCUSE", "disapprove"),
    # naming an act with a condemning word is a disapproval ("On Friday" is no "call on")
    ("On Friday, Serbia called the decision a hostile act.", "ACCUSE", "disapprove"),
    # asked to give back what was taken: yield; asked to end a policy that is no hostility: change
    ("Mexico demanded that Guatemala hand back the seized trucks.", "REQUEST", "yield"),
    ("Egypt demanded that Sudan end its support for the militia.", "REQUEST", "change"),
    ("Egypt demanded that Sudan end the shelling of border towns.", "REQUEST", "yield"),
])
def test_modes(reader, text, type_, mode):
    events = _events(reader, text)
    assert [(e["type"], e["mode"]) for e in events if e["type"] == type_][:1] == [(type_, mode)], \
        [(e["type"], e["mode"]) for e in events]
    assert not [e for e in events if e["type"] == "PROTEST"]


@pytest.mark.parametrize("text,mode", [
    # a meeting hosted by someone who is no side is third-party
    ("Chile and Peru talked for an hour on the margins of a trade gathering hosted by Mexico.", "third-party"),
    # "held talks, meeting ... on the sidelines of a forum": the participle describes the same talks
    ("Greece and Turkey held talks on Friday, meeting for an hour on the sidelines of a security forum.",
     "multilateral"),
])
def test_consult_modes_from_hosts_and_venues(reader, text, mode):
    assert _of_type(reader, text, "CONSULT")["mode"] == mode


def test_conjoined_subjects_keep_the_written_order(reader):
    # the parser hangs the first name inside the second ("Trump" as a modifier of "Modi")
    event = _of_type(reader, "President-elect Donald Trump and Indian Prime Minister Narendra Modi spoke by "
                             "phone on Friday.", "CONSULT")
    assert (_names(event, "source"), _names(event, "target")) == (["Donald Trump"], ["Narendra Modi"])


def test_a_summoned_envoy_is_received_in_the_summoners_country(reader):
    event = _of_type(reader, "On Monday Seoul's vice foreign minister summoned Japan's ambassador to protest.", "ACCUSE")
    assert (_countries(event, "source"), _countries(event, "target")) == (["KOR"], ["JPN"])
    assert event["location"] is not None and event["location"]["country"] == "KOR"
