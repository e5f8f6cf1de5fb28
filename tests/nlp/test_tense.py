"""Event status from tense in detente.nlp.events: a past tense outweighs a yearless date read as future, and
a perfect tense under "announced" tells a done act. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _main(reader, text, published="2025-01-01"):
    events = reader.read(text, published=published).events
    return events[0] if events else None


@pytest.mark.parametrize("text", [
    "On the 20th, gunmen attacked a police station in Zamfara state.",
    "Police in Tbilisi detained dozens of students on March 3.",
])
def test_past_tense_outweighs_a_date_read_ahead(reader, text):
    event = _main(reader, text)
    assert event is not None and event.status == "occurred"


def test_future_date_with_future_tense_stays_planned(reader):
    event = _main(reader, "The Kenyan president will visit Uganda on March 3.")
    assert event is not None and event.status == "planned"


@pytest.mark.parametrize("text", [
    "Sweden announced that it has allocated 20 million kronor to the flood appeal in Chad.",
    "The ministry announced that Egypt had released three Sudanese fishermen.",
])
def test_announced_perfect_is_done(reader, text):
    event = _main(reader, text, published="2025-06-01")
    assert event is not None and event.status == "occurred"


def test_told_must_clause_is_asked_by_the_speaker(reader):
    event = _main(reader, "Germany said that Serbia must respect the rights of minorities.", published="2025-06-01")
    assert event is not None and event.type == "REQUEST"
    assert [a.country for a in event.source] == ["DEU"] and [a.country for a in event.target] == ["SRB"]


def test_perfect_of_the_confirming_verb_keeps_confirmed(reader):
    event = _main(reader, "Only two Kenyan officers have confirmed participation in the forum in Beijing.",
                  published="2025-06-01")
    assert event is not None and event.status == "confirmed"


@pytest.mark.parametrize("text", [
    "The juntas of Guinea and Chad announced on Sunday that they were leaving the African Union with immediate "
    "effect.",
    "Ghana announced that it was expelling the Togolese ambassador, effective immediately.",
])
def test_act_in_force_when_announced_took_place(reader, text):
    """"with immediate effect": the announced act holds from the announcement on (occurred, not confirmed)."""
    event = _main(reader, text)
    assert event is not None and event.status == "occurred", event
