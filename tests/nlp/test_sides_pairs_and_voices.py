"""Who acts on whom: "the two officers" standing for the pair told before, the person who voices
a state's demand, a light verb's own subject, one body named twice, a leader's host, "the two presidents".

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reader, text, published="2025-03-07"):
    return reader.read(text, published=published).events


def _names(event, side):
    return [a.name for a in getattr(event, side)]


def _with(events, type_, words):
    """The event of this type whose evidence sentence holds the words."""
    found = [e for e in events if e.type == type_ and words in e.evidence.sentence]
    assert found, [(e.type, e.evidence.sentence[:60], _names(e, "source"), _names(e, "target")) for e in events]
    return found[0]


@pytest.mark.parametrize("text,words", [
    ("Pakistani Maj. Gen. Kashif Abdullah telephoned Indian Lt. Gen. Rajiv Ghai on Thursday. "
     "The two officers are due to speak again on Monday.", "are due to speak"),
    ("Pakistani Maj. Gen. Kashif Abdullah telephoned Indian Lt. Gen. Rajiv Ghai on Thursday. "
     "The two officers are expected to meet on Monday.", "expected to meet"),
])
def test_the_two_officers_are_the_pair_told_before(reader, text, words):
    event = _with(_events(reader, text), "CONSULT", words)
    assert set(_names(event, "source") + _names(event, "target")) == {"Kashif Abdullah", "Rajiv Ghai"}


@pytest.mark.parametrize("text,type_,person", [
    ("Japanese Prime Minister Shigeru Ishiba met Chinese Premier Li Qiang on Monday. "
     "Ishiba told reporters he had voiced Japan's concerns about Chinese military activity.", "ACCUSE",
     "Shigeru Ishiba"),
    ("Chinese foreign ministry spokesman Lin Jian spoke on Tuesday and reiterated Beijing's demand "
     "that Manila withdraw its ships.", "REQUEST", "Lin Jian"),
])
def test_the_person_voicing_a_states_spoken_act_acts_with_it(reader, text, type_, person):
    event = next(e for e in _events(reader, text) if e.type == type_)
    assert person in _names(event, "source")


def test_a_voicer_of_another_state_is_not_added(reader):
    text = ("Japanese Prime Minister Shigeru Ishiba met Chinese Premier Li Qiang on Monday. "
            "Ishiba told reporters he had voiced China's concerns about Japanese military activity.")
    event = next(e for e in _events(reader, text) if e.type == "ACCUSE")
    assert "Shigeru Ishiba" not in _names(event, "source")


@pytest.mark.parametrize("text,who", [
    ("Japan is still weighing whether Prime Minister Shigeru Ishiba should make the trip to Washington.",
     "Shigeru Ishiba"),
    ("Seoul is considering whether President Lee Jae-myung should pay a visit to Tokyo.", "Lee Jae-myung"),
])
def test_a_light_verbs_own_subject_is_the_visitor(reader, text, who):
    event = next(e for e in _events(reader, text) if e.type == "CONSULT")
    assert who in _names(event, "source")


def test_a_light_verb_subject_naming_no_one_leaves_the_governor(reader):
    text = "President Ferdinand Marcos Jr. announced Friday that the government will extend the curfew in Cebu."
    event = next(e for e in _events(reader, text) if e.type == "COERCE")
    assert "Ferdinand Marcos Jr." in _names(event, "source")


def test_one_body_named_twice_is_not_both_sides(reader):
    text = "The ASEAN Defence Ministers' Meeting-Plus (ADMM-Plus) convenes on Saturday in Kuala Lumpur."
    event = next(e for e in _events(reader, text) if e.type == "CONSULT")
    ids = [a.actor_id for a in event.source + event.target]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("text,host", [
    ("President Donald Trump met Chinese President Xi Jinping on Thursday. "
     "Xi is expected to make a trip to the United States next year.", "Donald Trump"),
    ("Russian President Vladimir Putin spoke with Ukrainian President Volodymyr Zelensky on Monday. "
     "Zelensky will travel to Russia next month.", "Vladimir Putin"),
])
def test_a_leader_visiting_a_state_is_received_by_its_leader(reader, text, host):
    event = next(e for e in _events(reader, text) if e.type == "CONSULT" and e.mode == "visit")
    assert host in _names(event, "target")


def test_a_minister_visiting_a_state_gets_no_leader_host(reader):
    text = ("President Donald Trump met Chinese President Xi Jinping on Thursday. "
            "Chinese Foreign Minister Wang Yi will travel to the United States next month.")
    event = next(e for e in _events(reader, text) if e.type == "CONSULT" and e.mode == "visit")
    assert "Donald Trump" not in _names(event, "target")


@pytest.mark.parametrize("text,words,people,published", [
    ("President Joe Biden spoke with Chinese President Xi Jinping by phone on Tuesday. "
     "U.S. officials said they would welcome a meeting between the two leaders next year.",
     "between the two leaders", {"Joe Biden", "Xi Jinping"}, "2024-08-29"),
    ("French President Emmanuel Macron met German Chancellor Friedrich Merz on Monday. "
     "Paris has proposed another meeting between the two leaders in the spring.",
     "between the two leaders", {"Emmanuel Macron", "Friedrich Merz"}, "2025-09-12"),
])
def test_a_meeting_between_the_two_leaders_is_between_the_leaders(reader, text, words, people, published):
    event = _with(_events(reader, text, published), "CONSULT", words)
    assert people <= set(_names(event, "source") + _names(event, "target"))


@pytest.mark.parametrize("text,side_of", [
    ("Armenian and Azerbaijani delegations met in Geneva on Friday. The Armenian team was led by Deputy Foreign "
     "Minister Mnatsakan Safaryan, while Azerbaijan sent presidential aide Elchin Amirbayov.",
     {"Mnatsakan Safaryan": "ARM", "Elchin Amirbayov": "AZE"}),
])
def test_people_leading_or_sent_with_a_delegation_join_its_side(reader, text, side_of):
    event = next(e for e in _events(reader, text) if e.type == "CONSULT" and "Geneva" in e.evidence.sentence)
    for person, country in side_of.items():
        side = next(s for s in (event.source, event.target) if any(a.country == country for a in s))
        assert person in [a.name for a in side]


@pytest.mark.parametrize("text,words", [
    ("Indian Foreign Minister S. Jaishankar met Chinese Foreign Minister Wang Yi in Delhi on Monday. "
     "A meeting between border commanders will follow next month.", "border commanders"),
    ("Indian Foreign Minister S. Jaishankar met Chinese Foreign Minister Wang Yi in Delhi on Monday. "
     "A call between army generals is planned for next week.", "army generals"),
])
def test_people_named_by_office_between_are_the_pair_told_before(reader, text, words):
    event = _with(_events(reader, text), "CONSULT", words)
    assert {a.country for a in event.source + event.target} == {"IND", "CHN"}
