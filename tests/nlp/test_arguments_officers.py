"""Officers of the law as actors (detente.nlp.arguments.group_ref): a judge, a tribunal, prosecutors and
regulators act for their state. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,type_,country", [
    ("A Brazilian judge approved the extradition of the banker on Friday.", "COOPERATE", "BRA"),
    ("Kenyan prosecutors opened an investigation into the port contract.", "ACCUSE", "KEN"),
    ("Spanish regulators launched an inquiry into the airline merger.", "ACCUSE", "ESP"),
    ("A Turkish tribunal lifted the ban on the opposition newspaper.", "CONCEDE", "TUR"),
])
def test_officers_of_the_law_act_for_their_state(reader, text, type_, country):
    events = reader.read(text, published="2025-06-01").events
    assert events and events[0].type == type_ and events[0].source[0].country == country
