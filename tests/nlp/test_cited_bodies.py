"""Cited sources: an official speaking for a body the article reports on, and one body written many ways."""

from __future__ import annotations

import pytest


def _cited(reader, text):
    return reader.read(text, published="2025-06-20").article.cited_sources


def test_an_official_speaks_on_record_for_the_body_the_article_names(reader):
    text = ("The Treasury Department imposed sanctions on two refiners on Monday. Treasury Secretary Scott Bessent "
            "said the measures would stay until the shipments stop.")
    assert "U.S. Treasury (Scott Bessent)" in _cited(reader, text)


def test_a_minister_alone_is_a_speaker_not_a_source(reader):
    assert _cited(reader, "Foreign Minister Sergey Lavrov said the measures would fail.") == []


@pytest.mark.parametrize("text, name", [
    ("Pakistan's foreign ministry said the envoy had been recalled.", "Pakistani Ministry of Foreign Affairs"),
    ("The Pakistan Foreign Office said the envoy had been recalled.", "Pakistani Ministry of Foreign Affairs"),
    ("The Egyptian foreign ministry said the talks would resume.", "Egyptian Ministry of Foreign Affairs"),
])
def test_a_ministry_is_cited_by_its_one_name(reader, text, name):
    assert _cited(reader, text) == [name]


@pytest.mark.parametrize("text, name", [
    ("The tariff takes effect in three weeks, according to the text published by the White House.", "White House"),
    ("A readout issued by the Kremlin said the two presidents spoke for an hour.", "Kremlin"),
    ("Lula, quoted by the news agency Reuters, said the plan could work.", "Reuters"),
])
def test_the_body_that_carried_the_words_is_cited(reader, text, name):
    assert name in _cited(reader, text)


@pytest.mark.parametrize("text", [
    "The frigate, run by the Chinese navy, sailed through the strait on Monday.",
    "The agreement was welcomed by the White House on Monday.",
])
def test_an_agent_that_carries_no_words_is_not_cited(reader, text):
    assert _cited(reader, text) == []


@pytest.mark.parametrize("text, name", [
    # a state's body has one name however the owner is written
    ("South Korea's military said the missile broke up in flight.", "South Korean military"),
    ("According to Kenya's presidency, the delegation included three ministers.", "Kenyan presidency"),
    # a leader's office speaking for them, or the document it issued
    ("The prime minister's office said the two leaders spoke for an hour.", "prime minister's office"),
    ("Prime Minister Keir Starmer's office charged that the strikes broke the truce.", "Keir Starmer's office"),
    ("According to a readout from Japan's foreign ministry, the ministers agreed to meet again.",
     "Japanese Ministry of Foreign Affairs"),
])
def test_state_bodies_and_offices_on_record_are_cited(reader, text, name):
    assert any(name in c for c in _cited(reader, text)), _cited(reader, text)


@pytest.mark.parametrize("text", [
    "Carney took office in March after winning the party leadership.",
    "Police charged two men with spying for a foreign power.",
])
def test_office_and_charge_outside_a_citing_position_are_no_source(reader, text):
    assert _cited(reader, text) == []
