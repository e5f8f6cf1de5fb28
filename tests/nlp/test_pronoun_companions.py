"""A companion told as going along with "him" or "her", up to two sentences after the meeting, is on the
side of his own state's person there (session 18).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from readout_helpers import side_names

PUBLISHED = "2024-11-18"


@pytest.mark.parametrize("text, country, person", [
    ("Canadian Prime Minister Justin Trudeau flew to Washington on Monday for talks with President Joe Biden. "
     "Trudeau stayed for two hours at the White House. Foreign Minister Mélanie Joly travelled with him.",
     "CAN", "Mélanie Joly"),
    ("Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken in Lima on Saturday. "
     "Secretary of the Treasury Janet Yellen accompanied him.", "USA", "Janet Yellen"),
])
def test_companion_of_pronoun_joins_compatriot(reader, text, country, person):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    assert any(person in side_names(e, country) for e in events), [(e.trigger, side_names(e, country)) for e in events]
