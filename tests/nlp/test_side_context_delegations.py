"""Delegations (session 8): the heads the text names for a meeting's delegations join that meeting, not an
engagement told as background inside a relative clause of the same sentence.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

TEXT = ("Japanese and Chinese diplomats met in Beijing on Monday, resuming contacts that China cut off after a "
        "2012 visit to Beijing by Japanese Foreign Minister Koichiro Gemba. The Japanese delegation was led by "
        "Kenji Kanasugi.")


def test_a_delegation_head_joins_the_meeting_not_a_background_visit(reader):
    events = reader.read(TEXT, published="2024-06-14").events
    met = next(e for e in events if e.trigger == "met")
    visit = next(e for e in events if e.trigger == "visit")
    assert "Kenji Kanasugi" in [a.name for a in met.source + met.target]
    assert "Kenji Kanasugi" not in [a.name for a in visit.source + visit.target]


@pytest.mark.parametrize("text", [
    "Japanese and Chinese diplomats met in Tokyo on Monday. The Japanese delegation was led by Kenji Kanasugi, "
    "and China's by Liu Jinsong.",
    "Japanese and Chinese diplomats met in Tokyo on Monday. The Japanese team was led by Deputy Minister Kenji "
    "Kanasugi, and China's by Director General Liu Jinsong, head of the Asian affairs department.",
])
def test_a_gapped_second_agent_leads_the_team_of_the_state_before_it(reader, text):
    met = next(e for e in reader.read(text, published="2024-06-14").events if e.trigger == "met")
    china = next(side for side in (met.source, met.target) if any(a.country == "CHN" for a in side))
    assert "Liu Jinsong" in [a.name for a in china]


TEAMS = ("Japanese diplomats held a day of talks in Geneva on Monday. Deputy Minister Kenji Kanasugi led the "
         "Japanese team. Vietnam's delegation was headed by Le Hoai Trung, an aide to President Luong Cuong, "
         "and included Deputy Minister Pham Thu Hang and Colonel Tran Van Nam.")


def test_a_named_delegation_fills_the_meetings_empty_side_two_sentences_on(reader):
    talks = next(e for e in reader.read(TEAMS, published="2025-03-12").events if e.trigger == "talks")
    names = [a.name for a in talks.source + talks.target]
    assert {"Kenji Kanasugi", "Le Hoai Trung", "Pham Thu Hang", "Tran Van Nam"} <= set(names)
    assert "Luong Cuong" not in names  # named in a phrase about the head, not one of the team


def test_a_host_opening_a_meeting_gets_no_delegation_as_counterpart(reader):
    text = ("Turkish Foreign Minister Hakan Fidan opened the meeting by urging both sides to show restraint. "
            "The talks lasted three hours. The Russian team was led by Vladimir Medinsky.")
    for event in reader.read(text, published="2025-05-16").events:
        names = [a.name for a in event.source + event.target]
        assert not ("Hakan Fidan" in names and "Vladimir Medinsky" in names)
