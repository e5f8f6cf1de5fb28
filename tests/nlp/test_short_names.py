"""Short names the tagger missed (session 18; sentences written for these tests): a family name opening a
sentence, which the tagger reads as a common noun, or a one-word name the text already gave a person,
is that person; a family name inside a longer name stays someone else's."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


@pytest.mark.parametrize("text, name", [
    ("President Donald Trump met Prime Minister Hun Manet in Kuala Lumpur on Sunday. Trump later signed a "
     "trade agreement with Cambodia on the sidelines of the summit.", "Donald Trump"),
    ("Prime Minister Keir Starmer hosted President Emmanuel Macron in London on Monday. Starmer then signed a "
     "migration accord with France.", "Keir Starmer"),
])
def test_a_family_name_opening_a_sentence_is_the_person(reader, text, name):
    readout = reader.read(text, published=PUBLISHED)
    sides = [a.name for e in readout.events if "later signed" in e.evidence.sentence or "then signed"
             in e.evidence.sentence for a in e.source + e.target]
    assert name in sides, [(e.type, [a.name for a in e.source + e.target]) for e in readout.events]
