"""Sides of journeys: setting out "for" a place visits it (the place left is no party), and "a visit by X to Y"
goes to Y even when the parser hangs "to Y" on X. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _sides(reader, text, trigger, published="2025-03-12"):
    events = reader.read(text, published=published).events
    event = next(e for e in events if e.trigger == trigger)
    return [a.country for a in event.source], [a.country for a in event.target]


@pytest.mark.parametrize("text, trigger, visitor, host", [
    ("Chinese President Xi Jinping left for Serbia on Tuesday evening.", "left", "CHN", "SRB"),
    ("The Indian prime minister departed for Kyiv on Thursday.", "departed", "IND", "UKR"),
    ("Emmanuel Macron leaves for Morocco on Monday, his office said.", "leaves", "FRA", "MAR"),
])
def test_the_place_set_out_for_is_the_host(reader, text, trigger, visitor, host):
    source, target = _sides(reader, text, trigger)
    assert visitor in source and host in target


@pytest.mark.parametrize("text, trigger, host", [
    ("Police closed roads on Friday, the second day of the first visit by an Argentine leader to Israel.", "visit",
     "ISR"),
    ("Streets were closed on Monday, the last day of a visit by an Egyptian delegation to Sudan.", "visit", "SDN"),
])
def test_the_destination_hung_on_the_traveller_is_the_journeys(reader, text, trigger, host):
    assert host in _sides(reader, text, trigger)[1]
