"""Which engagement "the leaders" stand for (detente.nlp.pair_anaphors): an act told as fact, or negated,
takes the pair that met, not a meeting only proposed. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _countries(reader, text, start, published="2025-06-20"):
    events = [e for e in reader.read(text, published=published).events if e.evidence.sentence.startswith(start)]
    return [{a.country for a in e.source + e.target} for e in events]


@pytest.mark.parametrize("anaphor", [
    "The leaders did not sign a joint declaration.",
    "The leaders did not issue a joint statement.",
])
def test_a_negated_act_of_the_leaders_is_of_the_pair_that_met(reader, anaphor):
    text = ("Kenyan President William Ruto met Emmanuel Macron at the Elysee Palace on Monday. Ruto urged Macron "
            f"to hold talks with Ethiopian Prime Minister Abiy Ahmed. {anaphor}")
    found = _countries(reader, text, anaphor[:15])
    assert found and all(c == {"KEN", "FRA"} for c in found), found

