"""People "from both countries" (session 7): envoys or officials of the pair of states just told stand for
those states, even when the earlier engagement named no people.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("second", [
    "Negotiators from both countries met in Doha last week.",
    "Envoys of the two nations held talks in Oslo last month.",
])
def test_people_from_both_states_are_the_pair_of_states(reader, second):
    text = "Armenia and Azerbaijan will hold talks in Geneva on Friday. " + second
    events = [e for e in reader.read(text, published="2025-04-15").events if e.evidence.sentence == second]
    assert events, second
    assert {a.country for a in events[0].source + events[0].target} == {"ARM", "AZE"}
