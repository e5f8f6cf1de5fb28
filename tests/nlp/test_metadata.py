"""Cited sources, on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Border talks stalled on Monday, according to Malaysian officials.", "Malaysian officials"),
    ("A Vietnamese readout said the two sides agreed to more joint patrols.", "Vietnamese readout"),
    ("Indonesian state media reported that the minister had arrived in Dili.", "Indonesian state media"),
    ("Kenya's foreign ministry said the envoy had been recalled.", "Kenyan Ministry of Foreign Affairs"),
])
def test_described_sources_are_cited(reader, text, expected):
    assert expected in reader.read(text, published="2025-03-01").article.cited_sources


@pytest.mark.parametrize("text, expected", [
    ("Penny Wong wrote on X that the meeting with her counterpart was productive.", "X (Penny Wong)"),
    ("Kaja Kallas confirmed the decision in a post on X.", "X (Kaja Kallas)"),
    ("Kaja Kallas told Estonian media that no decision had been taken.", "Estonian media (Kaja Kallas)"),
    ("Anthony Albanese told reporters in Canberra that the visit would go ahead.", "Anthony Albanese (to reporters)"),
    ("Speaking to reporters in Canberra, Anthony Albanese said the visit would go ahead.",
     "Anthony Albanese (to reporters)"),
    ("Foreign Ministry spokesman Lin Jian said China opposed the sale.", "Lin Jian (Foreign Ministry spokesman)"),
])
def test_people_on_record_through_a_channel_are_cited(reader, text, expected):
    assert expected in reader.read(text, published="2025-03-01").article.cited_sources


@pytest.mark.parametrize("text", [
    "Penny Wong said the talks in Jakarta had been useful.",
    "The official added that no date had been set.",
    "Officials expect the two leaders to speak by phone in the spring.",
])
def test_speakers_and_bare_officials_are_not_cited_sources(reader, text):
    assert reader.read(text, published="2025-03-01").article.cited_sources == []
