"""Bodies written without their state take it from the text around them: the antecedent of "whose", the body
that owns a unit, the state the noun was written with before, the person acting on it, the sentence before;
coast guards, a state's peacekeepers and its general staff are MIL; bare prosecutors are the story's state's."""

from __future__ import annotations

import pytest


def _actor(reader, text, word, published="2024-05-02"):
    actors = reader.read(text, published=published).actors
    return next((a for a in actors if word in a.name.lower() or any(word in m.lower() for m in a.mentions)), None)


@pytest.mark.parametrize("text, word, country", [
    ("Chile, whose navy has shadowed the ships for a week, also protested on Monday.", "navy", "CHL"),
    ("Indonesia and Vietnam held talks on Monday. Norway, whose army trains with both, sent an observer.",
     "army", "NOR"),
])
def test_whose_body_is_the_antecedents(reader, text, word, country):
    body = _actor(reader, text, word)
    assert body is not None and body.country == country and body.sector == "MIL"


@pytest.mark.parametrize("text, word, country, sector", [
    ("Tokyo said Beijing had notified Japan's coast guard of the launch window.", "coast guard", "JPN", "MIL"),
    ("Manila summoned the envoy after the Vietnamese coast guard fired water cannon.", "coast guard", "VNM", "MIL"),
])
def test_a_coast_guard_is_its_states_mil_body(reader, text, word, country, sector):
    body = _actor(reader, text, word)
    assert body is not None and body.country == country and body.sector == sector


def test_a_unit_of_a_known_body_takes_its_state(reader):
    """"the U.S. Navy's Fifth Fleet" in a story told from Bahrain is American and MIL."""
    text = ("MANAMA, May 2 (Example Wire) - Bahrain hosts the U.S. Navy's Fifth Fleet, officials said on Thursday, "
            "and Iran has long objected to its presence.")
    unit = _actor(reader, text, "fifth fleet")
    assert unit is not None and unit.country == "USA" and unit.sector == "MIL"


@pytest.mark.parametrize("text, word, country", [
    # the state the noun was written with before
    ("Chad's army has fought the rebels since April. Talks in Geneva between the army and the rebels failed.",
     "army", "TCD"),
    # the person acting on a bare body: his own state's
    ("OTTAWA, May 2 (Example Wire) - Javier Milei met reporters on Monday and said the tariffs would fall. He "
     "also praised the Supreme Court for its ruling.", "supreme court", "ARG"),
])
def test_bare_body_takes_the_state_the_context_gives(reader, text, word, country):
    body = _actor(reader, text, word)
    assert body is not None and body.country == country


def test_a_lone_surname_is_not_another_states_namesake(reader):
    """"Castro" with no full name before is no known Castro: the story's state keeps the ministry."""
    text = ("TEGUCIGALPA, May 2 (Example Wire) - Honduras will end the treaty, the government said. Castro said "
            "she had instructed the foreign ministry to give notice.")
    body = _actor(reader, text, "foreign ministry")
    assert body is not None and body.country == "HND"


@pytest.mark.parametrize("text, word, sector", [
    ("Armenia accused Russian peacekeepers of standing aside during the offensive.", "peacekeepers", "MIL"),
    ("Putin said the defence ministry and the general staff were choosing targets.", "general staff", "MIL"),
])
def test_armed_bodies_are_mil(reader, text, word, sector):
    body = _actor(reader, text, word)
    assert body is not None and body.sector == sector


def test_bare_prosecutors_are_the_storys_state(reader):
    """"Prosecutors have charged them" in a story about one state: that state's judiciary (JUD)."""
    text = ("Latvia expelled two diplomats on Monday over a sabotage plot. Prosecutors have charged the pair in "
            "absentia.")
    group = _actor(reader, text, "prosecutors")
    assert group is not None and group.country == "LVA" and group.sector == "JUD"
