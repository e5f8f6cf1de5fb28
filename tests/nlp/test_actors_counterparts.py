""""His Chinese counterpart" with no name beside it is the holder of the formal equivalent office on the day
(detente.nlp.actors._formal_counterparts), when the knowledge base knows exactly one. Sentences written
for these tests; the offices and their holders are KB facts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,published,expected", [
    ("U.S. Defense Secretary Lloyd Austin held a video call with his Chinese counterpart on Tuesday.",
     "2024-04-18", "Dong Jun"),
    ("Pete Hegseth, the U.S. defense secretary, talked with his Chinese counterpart by phone on Monday.",
     "2025-09-10", "Dong Jun"),
])
def test_counterpart_is_the_formal_equivalent(reader, text, published, expected):
    events = reader.read(text, published=published).events
    assert any(a.name == expected and a.country == "CHN" for e in events for a in e.target)


def test_counterpart_unknown_to_the_kb_stays_a_description(reader):  # a guard: no holder is invented
    events = reader.read("Foreign Minister Ana Ruiz met her Uruguayan counterpart in Montevideo on Monday.",
                         published="2025-03-05").events
    assert not any(a.actor_id and a.actor_id.startswith("person:") and a.country == "URY"
                   for e in events for a in e.target)
