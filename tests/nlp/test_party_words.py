"""Plural party words left as a side ("their governments", "the two men", "the leaders of A and B") stand
for the pair the text names: they become its people or its states, or go when the pair is already on the
event. No side of an event is a bare "governments" or "men".

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-12"
WORDS = {"governments", "men", "leaders", "women", "countries", "nations", "presidents"}


def events_in(reader, text, trigger):
    return [e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger]


def names(event) -> set[str]:
    return {a.name for a in event.source + event.target}


@pytest.mark.parametrize("text, trigger, wanted", [
    ("Kenyan President William Ruto and French President Emmanuel Macron met in Nairobi on Tuesday and "
     "watched their governments sign a dozen accords on energy.", "sign", {"KEN", "FRA"}),
    ("Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba met in Tokyo on Monday "
     "and watched their governments sign a pact on rail links.", "sign", {"IND", "JPN"}),
])
def test_their_governments_are_the_pairs_states(reader, text, trigger, wanted):
    found = events_in(reader, text, trigger)
    assert found, [e.trigger for e in reader.read(text, published=PUBLISHED).events]
    for e in found:
        assert not names(e) & WORDS, names(e)
        assert {a.country for a in e.source + e.target} == wanted


@pytest.mark.parametrize("text, trigger", [
    ("Brazilian President Luiz Inácio Lula da Silva held talks with Chinese President Xi Jinping in Beijing "
     "on Friday, a day after the two men and Russian President Vladimir Putin watched a military parade.",
     "parade"),
    ("South African President Cyril Ramaphosa held talks with Turkish President Recep Tayyip Erdogan in Ankara "
     "on Friday, a day after the two men and Russian President Vladimir Putin watched a military parade "
     "together.", "parade"),
])
def test_the_two_men_beside_a_third_are_the_pair(reader, text, trigger):
    found = events_in(reader, text, trigger)
    assert found
    for e in found:
        assert not names(e) & WORDS, names(e)
        assert len({a.name for a in e.source + e.target if a.country}) >= 3, names(e)
