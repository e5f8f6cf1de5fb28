"""An act reported as under way when told ("said on Monday that it was recalling its envoy") is done on the
saying's day; one reported as to come ("would recall") is not (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2023-11-15"  # a Wednesday


@pytest.mark.parametrize("clause", [
    "that his country was recalling its ambassador from Ecuador",
    "that his country was suspending relations with Ecuador and recalling its ambassador",
])
def test_act_under_way_takes_the_saying_day(reader, clause):
    text = f"Peruvian President Dina Boluarte said on Monday {clause}."
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "SANCTION"]
    assert events and all(e.date is not None and e.date.first == "2023-11-13" for e in events), \
        [e.date for e in events]


def test_act_to_come_keeps_no_saying_day(reader):
    text = "Peruvian President Dina Boluarte said on Monday that her country would recall its ambassador from Ecuador."
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "SANCTION"]
    assert all(e.date is None or e.date.first != "2023-11-13" for e in events), [e.date for e in events]
