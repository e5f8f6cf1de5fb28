"""A closing outlet cue ("X said A, Xinhua reported"): the news agency only carries X's claim, so the
statement is X's, and the agency is no speaker of it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

TEXTS = [
    ("China's Ministry of Commerce said the new export rules applied only to military buyers, Xinhua reported.",
     "the new export rules", "CHN"),
    ("Russia's foreign ministry said the convoy had been stopped at the border for a routine check, TASS "
     "reported.", "the convoy had been stopped", "RUS"),
]


@pytest.mark.parametrize("text,words,claimant", TEXTS)
def test_a_closing_agency_cue_leaves_the_claim_to_its_claimant(reader, text, words, claimant):
    readout = reader.read(text, published="2025-05-07")
    found = [s for s in readout.statements if words in s.quote]
    assert found and all(s.speaker is not None and s.speaker.country == claimant for s in found)
    assert all(s.speaker.sector != "JRN" for s in found)
