"""Stance of regret by what is regretted (stance_regret), on sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import statement_with

CASES = [
    # text, words of the statement, stance
    # regret at what a named party did reproaches it
    ("A Foreign Ministry spokeswoman said Ankara regretted Athens's decision to close the crossing.",
     "Ankara regretted Athens's decision", "hostile"),
    ("The Chilean envoy said Santiago regretted that Lima had recalled its ambassador.",
     "Santiago regretted that Lima", "hostile"),
    # regret over the relation or over one's own side reaches out
    ("The spokesman said Canberra regretted that Canberra had missed the forum in Apia.",
     "Canberra regretted that Canberra", "conciliatory"),
    ("The Dutch ambassador expressed regret at the state of ties and said he hoped for a fresh start.",
     "expressed regret at the state of ties", "conciliatory"),
    ("Prime Minister Luxon said he was sorry he could not attend the summit in Suva.",
     "he was sorry he could not attend", "conciliatory"),
]


@pytest.mark.parametrize("text,words,stance", CASES, ids=[c[1] for c in CASES])
def test_regret_stance(reader, text, words, stance):
    found = statement_with(reader, text, words)
    assert found.stance == stance, (found.quote, found.stance)
