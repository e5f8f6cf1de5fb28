"""An act done in conjoined places is done to the states of all of them ("strikes on sites in X and Y").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"


@pytest.mark.parametrize("text, kind, states", [
    ("Iran fired missiles at targets in Iraq and Syria on Monday night.", "ASSAULT", {"IRQ", "SYR"}),
    ("Turkish jets bombed positions in Iraq and Syria on Tuesday.", "ASSAULT", {"IRQ", "SYR"}),
    ("Israeli aircraft struck depots in Lebanon and Syria overnight.", "ASSAULT", {"LBN", "SYR"}),
])
def test_each_conjoined_place_gives_a_recipient(reader, text, kind, states):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert events and all({a.country for a in e.target} == states for e in events), \
        [(e.type, [a.country for a in e.target]) for e in events]
