"""The agent of an act noun (session 7): "a visit to X by Y" is Y's visit, not the clause subject's.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind, agent", [
    ("Ukraine condemned an attack on Odesa by Russian forces.", "ASSAULT", "RUS"),
    ("Beijing staged drills after a visit to Taipei by a delegation of Japanese lawmakers.", "CONSULT", "JPN"),
    ("Hanoi protested an assault on Vietnamese fishermen by the Chinese coast guard.", "ASSAULT", "CHN"),
    ("Seoul criticized a visit to the Yasukuni shrine by Japanese Prime Minister Shigeru Ishiba.", "CONSULT", "JPN"),
])
def test_the_actor_after_by_does_the_act(reader, text, kind, agent):
    events = reader.read(text, published="2025-03-07").events
    acts = [e for e in events if e.trigger in {"attack", "visit", "assault"}]
    assert acts, [(e.type, e.trigger) for e in events]
    assert [a.country for a in acts[0].source] == [agent], [(a.name, a.country) for a in acts[0].source]


@pytest.mark.parametrize("text, side", [
    ("French officials said they hoped a call could be arranged before the summit.", "FRA"),
    ("Indian diplomats expect that a meeting will be scheduled in the coming weeks.", "IND"),
])
def test_who_hopes_for_an_event_set_up_by_no_one_is_its_side(reader, text, side):
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert events and [a.country for a in events[0].source] == [side]
