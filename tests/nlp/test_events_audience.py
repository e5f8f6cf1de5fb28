"""The press and the public hear what is said: talking to a news outlet is an interview, not a consultation,
and reporters told of a charge are not its target. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Foreign Minister Radoslaw Sikorski, speaking to CNN on Monday, said the talks had been useful.",
    "Speaking to the daily Politika on Sunday, Vucic said Serbia would not join sanctions.",
])
def test_speaking_to_an_outlet_is_no_consult(reader, text):
    events = reader.read(text, published="2025-03-12").events
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


def test_speaking_to_a_minister_is_still_a_consult(reader):
    text = "Foreign Minister Radoslaw Sikorski, speaking to Sergei Lavrov on Monday, said the talks had been useful."
    events = reader.read(text, published="2025-03-12").events
    assert [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, place", [
    ("Belarus's deputy foreign minister visited Russia today, the ministry said.", "Russia"),
    ("Kazakhstan's trade envoy visited China daily while the border talks lasted.", "China"),
])
def test_a_state_before_a_lower_case_word_is_no_outlet(reader, text, place):
    """"Russia today", "China daily": a state and an ordinary word, not the outlets Russia Today and China Daily."""
    events = reader.read(text, published="2025-03-12").events
    assert any(e.type == "CONSULT" and place in [a.name for a in e.target] for e in events)


@pytest.mark.parametrize("text, target", [
    ("Prime Minister Mark Carney told reporters that China had made a serious error.", "CHN"),
    # the capital that made the mistake names the side (nlp/metonym_sides.py); its country is China's
    ("Foreign Minister Penny Wong told journalists on Friday that Beijing had made a grave mistake.", "CHN"),
])
def test_reporters_told_of_a_charge_are_not_its_target(reader, text, target):
    events = reader.read(text, published="2025-03-12").events
    charge = next(e for e in events if e.type == "ACCUSE")
    names = [a.name for a in charge.target]
    assert target in [a.country for a in charge.target] and not any("reporter" in n or "journalist" in n for n in names), names
