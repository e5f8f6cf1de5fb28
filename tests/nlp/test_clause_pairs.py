"""An engagement noun with "their" hanging from the verb telling the same engagement is that event (session 7).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pair", [
    ("French and Iranian envoys met in Oslo on Monday for their first nuclear talks since 2023. "
     "The meeting follows a call between President Emmanuel Macron and President Masoud Pezeshkian.", {"FRA", "IRN"}),
    ("Indian and Chinese officers met at the border on Friday for their first military talks in months. "
     "The talks come after a summit between Prime Minister Narendra Modi and President Xi Jinping.", {"IND", "CHN"}),
])
def test_their_talks_in_the_clause_of_a_meeting_are_that_meeting(reader, text, pair):
    events = reader.read(text, published="2025-03-07").events
    first = [e for e in events if e.type == "CONSULT" and e.evidence.sentence == text.split(". ")[0] + "."]
    assert len(first) == 1, [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in first]
    assert {a.country for a in first[0].source + first[0].target} == pair


def test_their_earlier_meeting_after_a_call_stays_its_own_event(reader):
    text = "Emmanuel Macron and Olaf Scholz spoke by phone on Tuesday, a week after their talks in Paris."
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert len(events) == 2, [(e.trigger, e.mode) for e in events]
