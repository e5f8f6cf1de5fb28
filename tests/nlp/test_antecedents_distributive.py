""""Each side", "neither government", "either country": a singular party noun taken one by one stands
for the pair just reported; a plain singular does not (sentences written for these tests)."""

from __future__ import annotations

import pytest

from detente.nlp.antecedents import is_party_anaphor

PHRASES = [
    ("Each side will name a negotiator by Friday.", "side", True),
    ("Neither government commented on the report.", "government", True),
    ("Either country may leave the pact with notice.", "country", True),
    ("The government commented on the report.", "government", False),
    ("Each farmer received a grant.", "farmer", False),
    ("Each government blamed the other for the delay.", "government", False),  # two-way: split elsewhere
]


@pytest.mark.parametrize("text,word,expected", PHRASES, ids=[p[0][:20] for p in PHRASES])
def test_distributive_party_nouns(reader, text, word, expected):
    doc = reader.nlp(text)
    assert is_party_anaphor(next(t for t in doc if t.text == word)) is expected


def test_each_side_acts_for_the_pair_just_reported(reader):
    text = ("Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday. "
            "Each side would present its own plan for a joint naval exercise.")
    events = reader.read(text, published="2025-05-10").events
    later = [e for e in events if "Each side" in e.evidence.sentence]
    assert later and all({r.country for r in e.source + e.target} == {"IND", "JPN"} for e in later)
