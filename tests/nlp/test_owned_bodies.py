"""A body owned by "its" ("its foreign ministry said") is the clause subject's state's, not the last state
named (one in a relative clause or an object).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word, country", [
    ("Uruguay, which has long sided with Paraguay on the river dispute, also backed the ruling, its foreign "
     "ministry said on Tuesday.", "foreign ministry", "URY"),
    ("Senegal complained to Gambia on Monday, and its foreign ministry summoned the envoy.", "foreign ministry",
     "SEN"),
    ("Latvia rejected the note from Belarus, and its defence ministry put border units on alert.",
     "defence ministry", "LVA"),
])
def test_its_body_is_the_clause_subjects(reader, text, word, country):
    actors = reader.read(text, published="2024-04-16").actors
    body = next(a for a in actors if any(word in m.lower() for m in a.mentions))
    assert body.country == country
