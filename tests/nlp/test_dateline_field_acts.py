"""A release (a pull-back, a truce in force) between two foreign sides was done where they are, not at the
reporter's city where the deal was announced; talks there stay placed (articles written for these tests)."""

from __future__ import annotations

import pytest

FIELD = [
    ("CAIRO — Israel and Hamas agreed on Tuesday to extend their truce by two days, Egyptian mediators said. "
     "Israel freed 30 Palestinian prisoners on Wednesday.", "2023-11-29", "freed", "EGY"),
    ("ISTANBUL — Russia and Ukraine agreed on Friday to swap prisoners after talks hosted by Turkey. Russia released "
     "50 Ukrainian soldiers on Saturday.", "2025-05-17", "released", "TUR"),
]


@pytest.mark.parametrize("text,published,trigger,dateline", FIELD, ids=["cairo", "istanbul"])
def test_a_foreign_release_is_not_placed_at_the_dateline(reader, text, published, trigger, dateline):
    events = reader.read(text, published=published).events
    act = next(e for e in events if e.trigger == trigger)
    assert act.location is None or act.location.country != dateline
    deal = next(e for e in events if e.trigger == "agreed")
    assert deal.location is not None and deal.location.country == dateline
