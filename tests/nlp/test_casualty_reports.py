"""A toll of violence told with no state on either side is no ASSAULT; an attack by a state stays (session 16).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _assaults(reader, text):
    return [e for e in reader.read(text, published="2025-04-10").events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed on Monday to reopen their border, closed after dozens of people were killed in riots.",
    "Kenya and Uganda signed a trade pact on Friday, a year after a trader was shot outside a market.",
    "Norway and Sweden met in Oslo on Tuesday to discuss a ferry crash that killed 40 people in March.",
])
def test_a_toll_naming_no_state_is_no_assault(reader, text):
    assert not _assaults(reader, text)


@pytest.mark.parametrize("text", [
    "Russian missiles struck Kharkiv on Monday and killed 12 people, Ukraine said.",
    "Israeli troops killed three Lebanese soldiers near the border on Sunday.",
])
def test_an_attack_by_a_state_stays(reader, text):
    assert _assaults(reader, text)


def test_a_toll_told_alone_stays_the_event(reader):
    assert _assaults(reader, "Two soldiers were killed near the border on Sunday.")
