"""People named among a group an act is done to (session 21; sentences written for these tests): "released
20 detainees, among them the journalist X" acts on X too."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


def _names(event) -> set[str]:
    return {a.name for a in event.source + event.target}


@pytest.mark.parametrize("text, kind, person", [
    ("Iran released four detainees on Sunday, among whom the aid worker Olivier Grondeau, after months of "
     "French pressure.", "RETREAT", "Olivier Grondeau"),
])
def test_a_person_listed_among_the_group_is_acted_on(reader, text, kind, person):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == kind]
    assert events and any(person in _names(e) for e in events), [(e.type, _names(e)) for e in events]
