"""Whoever leads an engagement takes part in it (detente.nlp.subject_actors.led_sides): "talks led by X and Y",
"negotiations will be headed by X, together with Z officials".

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,start,source,target", [
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan. Border talks led by Indian "
     "National Security Adviser Ajit Doval and Chinese Foreign Minister Wang Yi will resume next month.",
     "Border talks", {"Ajit Doval"}, {"Wang Yi"}),
    ("President Joe Biden met President Xi Jinping in Woodside. Follow-up negotiations will be headed by "
     "Secretary of State Antony Blinken, together with senior Chinese officials.", "Follow-up",
     {"Antony Blinken"}, {"China"}),
])
def test_the_leaders_of_talks_are_their_parties(reader, text, start, source, target):
    events = [e for e in reader.read(text, published="2025-03-07").events
              if e.type == "CONSULT" and e.evidence.sentence.startswith(start)]
    assert events
    assert {a.name for a in events[0].source} == source and target <= {a.name for a in events[0].target}
