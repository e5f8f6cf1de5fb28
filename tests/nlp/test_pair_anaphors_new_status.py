"""A pair anaphor told with a new status of an earlier act ("the two sides said they would work towards an
agreement" after an agreement reached) keeps the pair: the sibling event made for the new status does not
take over the earlier act's partial sides (nlp/pair_anaphors.still_anaphors).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, anaphor, pair", [
    ("Japan and South Korea agreed on Tuesday to a maritime security partnership. "
     "The two countries said they would work towards a deal on fisheries.", "The two countries", {"JPN", "KOR"}),
    ("Canada and Mexico agreed on Wednesday to a critical minerals partnership. "
     "The two governments said they would work towards an accord on steel tariffs.", "The two governments",
     {"CAN", "MEX"}),
    ("Britain and the European Union agreed on Monday to a security and defence partnership. "
     "The two sides said they would work towards an agreement on electricity trading.", "The two sides",
     {"GBR", "EUR"}),
])
def test_a_new_status_of_an_earlier_act_keeps_the_pair(reader, text, anaphor, pair):
    events = [e for e in reader.read(text, published="2025-06-01").events if e.evidence.sentence.startswith(anaphor)]
    assert events, "no event for the anaphor's sentence"
    for e in events:
        assert {a.country for a in e.source} | {a.country for a in e.target} == pair, \
            (e.type, [a.country for a in e.source], [a.country for a in e.target])
        assert e.source and e.target
