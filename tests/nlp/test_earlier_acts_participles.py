"""A past participle naming a thing inside another act's clause ("demanded the return of boats seized by the
militia") tells an act done before that one: it does not take that act's day (sentences written for these
tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-21"  # a Friday; Thursday is 2024-06-20


@pytest.mark.parametrize("text, trigger", [
    ("Italy's navy chief on Thursday demanded that Libya return the boats seized by its militia.", "seized"),
    ("Greece on Thursday asked Turkey to free the fishermen detained by its coast guard.", "detained"),
    ("Chile on Thursday demanded that Peru hand back the trawlers confiscated by its navy.", "confiscated"),
])
def test_a_participle_act_does_not_take_the_demands_day(reader, text, trigger):
    events = reader.read(text, published=PUBLISHED).events
    act = next(e for e in events if e.trigger == trigger)
    assert act.date is None or act.date.value != "2024-06-20", act.date
