"""A conjoined subject of a one-way act ("X and Y condemned the raid", "a charge X and Y deny") is one acting
side, not X acting on Y; a pair acting on each other, and a pair someone else asks to act, keep their sides.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"


def sides(reader, text, kind):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert events, [e.type for e in reader.read(text, published=PUBLISHED).events]
    return [({a.country for a in e.source}, {a.country for a in e.target}) for e in events]


@pytest.mark.parametrize("text, kind, pair", [
    ("Ecuadorian police stormed the Mexican embassy on Friday. Brazil and Chile condemned the raid.",
     "ACCUSE", {"BRA", "CHL"}),
    ("Kyiv says Tehran has supplied drones to Moscow, a charge Iran and Russia deny.", "REJECT", {"IRN", "RUS"}),
    ("Norway and Iceland rejected the proposal on fishing quotas.", "REJECT", {"NOR", "ISL"}),
])
def test_a_conjoined_subject_acts_side_by_side(reader, text, kind, pair):
    for source, target in sides(reader, text, kind):
        assert pair <= source and not pair & target, (source, target)
