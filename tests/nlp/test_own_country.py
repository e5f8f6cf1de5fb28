"""A person's own state named through a pronoun ("X said his country would ...") is X's state.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _event(reader, text, type_):
    events = reader.read(text, published="2025-03-07").events
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in events]
    return found[0]


@pytest.mark.parametrize("text,type_,source,target", [
    ("Chilean President Gabriel Boric said on Monday that his country was suspending relations with Bolivia.",
     "SANCTION", "CHL", "BOL"),
    ("Cuban leader Miguel Diaz-Canel told Russian Foreign Minister Sergei Lavrov in Havana on Tuesday that his "
     "country would keep backing Moscow's position on Ukraine.", "SUPPORT", "CUB", "RUS"),
    ("Kenyan President William Ruto said his nation was suspending relations with Somalia.",
     "SANCTION", "KEN", "SOM"),
])
def test_his_country_is_the_speakers_state(reader, text, type_, source, target):
    event = _event(reader, text, type_)
    assert source in {a.country for a in event.source}
    assert target in {a.country for a in event.target}
