"""A repeat merged into an engagement keeps it in view for dating what follows, and gives the evidence
when the first mention was only in passing; "the Chinese leader" is the state's leader on the day
(sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-15"  # a Saturday

# lead dated; the engagement told again (a repeat); unrelated sentences; a second agreement of the pair
FOLLOW_UPS = [
    "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese agreed on Friday to "
    "expand naval drills, using their meeting in Canberra to mark a closer partnership. "
    "Modi picked Australia for his first official trip of the year. "
    "After talks at the prime minister's residence that ran for three hours, the two governments issued a statement. "
    "Modi said the region faced new pressures. Albanese said trade would keep growing. "
    "The leaders agreed to cooperate on critical minerals and space research.",
    "German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk agreed on Friday to upgrade border "
    "controls, using their summit in Warsaw to show unity. "
    "Scholz picked Poland for his first foreign trip of the year. "
    "After talks at the president's residence that went on for four hours, the two governments issued a declaration. "
    "Scholz said migration needed a common answer. Tusk said the border was secure. "
    "The leaders agreed to work on rail links and energy grids.",
]


def _second_agreement(events):
    return [e for e in events if e.type == "AGREE" and e.evidence.sentence.startswith("The leaders")]


@pytest.mark.parametrize("text", FOLLOW_UPS, ids=["modi", "scholz"])
def test_a_second_agreement_takes_the_engagement_date(reader, text):
    second = _second_agreement(reader.read(text, published=PUBLISHED).events)
    assert second and second[0].date is not None and second[0].date.value == "2024-06-14", \
        [(e.type, e.date) for e in second]


@pytest.mark.parametrize("text", FOLLOW_UPS, ids=["modi", "scholz"])
def test_a_meeting_told_in_passing_keeps_the_telling_repeat_as_evidence(reader, text):
    meetings = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT" and e.status == "occurred"]
    assert any(e.evidence.sentence.startswith("After talks at") for e in meetings), \
        [(e.trigger, e.evidence.sentence[:40]) for e in meetings]


LEADERS = [
    ("The Russian leader met Narendra Modi in Kazan on Tuesday.", "Vladimir Putin"),
    ("Joe Biden spoke with the Japanese leader by phone on Tuesday.", "Fumio Kishida"),
    ("Joe Biden phoned China's leader on Tuesday.", "Xi Jinping"),
    # where the reference pairings disagree on who holds authority, the head of state leads
    ("Iran's leader met Vladimir Putin in Tehran on Tuesday.", "Ali Khamenei"),
]


@pytest.mark.parametrize("text,name", LEADERS, ids=[x[1] for x in LEADERS])
def test_a_countrys_leader_is_the_office_holder_on_the_day(reader, text, name):
    events = reader.read(text, published=PUBLISHED).events
    names = [a.name for e in events for a in e.source + e.target]
    assert name in names, names


def test_a_former_leader_is_not_the_office_holder(reader):
    events = reader.read("Japan's former leader met Joe Biden in Tokyo on Tuesday.", published=PUBLISHED).events
    names = [a.name for e in events for a in e.source + e.target]
    assert "Fumio Kishida" not in names, names
