"""Parties of "the pair just spoken of": people "from the two navies" are the pair, and a meeting
of the pair in one side's country is the other side's visit.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PAIR_CALL = ("Philippine Defense Secretary Gilberto Teodoro spoke by phone with Japanese Defense Minister "
             "Gen Nakatani on Monday. ")


def _talks(reader, second):
    events = reader.read(PAIR_CALL + second, published="2025-03-20").events
    found = [e for e in events if e.type == "CONSULT" and "sat down" in e.evidence.sentence]
    assert found, [(e.type, e.trigger, [a.name for a in e.source]) for e in events]
    return found[0]


@pytest.mark.parametrize("second", [
    "Earlier this month, officers from the two navies sat down in Manila for talks on maritime safety.",
    "Last week, envoys of both governments sat down in Manila for talks on fishing rights.",
])
def test_people_from_the_two_sides_are_the_pair(reader, second):
    event = _talks(reader, second)
    assert {a.country for a in event.source + event.target} == {"PHL", "JPN"}


def test_the_pair_meeting_in_one_sides_country_is_the_others_visit(reader):
    event = _talks(reader, "Earlier this month, officers from the two navies sat down in Manila for talks.")
    assert event.mode == "visit" and [a.country for a in event.source] == ["JPN"]
    assert [a.country for a in event.target] == ["PHL"]
