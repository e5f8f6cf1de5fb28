"""Truces told as made (brokered, negotiated, reached, announced, or fighting that ended in one) are also the
agreement between the warring sides (AGREE), with no broker among its sides; a sentence that already codes
an agreement gets no second one (the list equality below: one agreement each).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _agreements(readout):
    return [e for e in readout.events if e.type == "AGREE"]


def _states(event):
    return {r.country for r in event.source + event.target}


@pytest.mark.parametrize("text, pair", [
    ("Norway brokered a truce between Serbia and Kosovo on Friday.", {"SRB", "XKX"}),
    ("Mediators from Kenya negotiated a ceasefire between Sudan and Chad.", {"SDN", "TCD"}),
    ("The truce between Peru and Ecuador that Lula announced on Monday held on Wednesday.", {"PER", "ECU"}),
    ("Five days of clashes between Armenia and Azerbaijan ended in a ceasefire on March 4.", {"ARM", "AZE"}),
    ("Serbia and Kosovo fought for a week. The guns fell silent after a ceasefire brokered by President "
     "Emmanuel Macron in Paris on May 3.", {"SRB", "XKX"}),
])
def test_a_truce_made_is_an_agreement_between_the_warring_sides(reader, text, pair):
    agreements = _agreements(reader.read(text, published="2025-06-10"))
    assert [_states(e) for e in agreements] == [pair], [(e.trigger, _states(e)) for e in agreements]
    assert agreements[0].status == "occurred" and agreements[0].reciprocal


def test_the_day_the_truce_was_brokered_dates_the_agreement(reader):
    text = ("Serbia and Kosovo fought for a week. The guns fell silent after a ceasefire brokered by President "
            "Emmanuel Macron in Paris on May 3.")
    agreement, = _agreements(reader.read(text, published="2025-06-10"))
    assert agreement.date is not None and agreement.date.value == "2025-05-03"


@pytest.mark.parametrize("text", [
    "Norway brokered a truce between Serbia and Kosovo on Friday.",
    "Mediators from Kenya negotiated a ceasefire between Sudan and Chad.",
])
def test_a_truce_made_is_no_halt_yet(reader, text):
    """Records' ceasefire convention: agreeing a truce is AGREE; RETREAT 'ceasefire' is its taking effect."""
    assert not [e for e in reader.read(text, published="2025-06-10").events if e.type == "RETREAT"]


@pytest.mark.parametrize("text, side", [
    ("Colombia declared a ceasefire with the rebels on Monday.", "COL"),
    ("Russia announced a unilateral truce over the holiday on Saturday.", "RUS"),
])
def test_a_truce_declared_alone_is_a_concession(reader, text, side):
    events = reader.read(text, published="2025-06-10").events
    assert [(e.type, {r.country for r in e.source}) for e in events] == [("CONCEDE", {side})]


@pytest.mark.parametrize("text", [
    "The ceasefire between India and Pakistan, brokered by Washington, took hold on Saturday.",
    "A ceasefire between Armenia and Azerbaijan took effect at midnight.",
])
def test_a_truce_taking_effect_is_the_halt(reader, text):
    events = reader.read(text, published="2025-06-10").events
    assert ("RETREAT", "ceasefire") in [(e.type, e.mode) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya's president welcomed the truce as a first step toward calm.",
    "The two capitals are trying to keep a fragile truce alive.",
])
def test_a_truce_only_named_is_no_halt(reader, text):
    """A truce named, neither taking effect nor proposed, is no RETREAT of its own (records' convention)."""
    assert not [e for e in reader.read(text, published="2025-06-10").events if e.type == "RETREAT"]
