"""Delegations told after a later telling of the meeting, in the passive, or as "part of" a delegation
(session 15): the people go to their party's side of the meeting.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from readout_helpers import side_names

PUBLISHED = "2024-11-18"


@pytest.mark.parametrize("text, country, person", [
    # the companions told after the sentence that tells the meeting again
    ("Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi agreed on Saturday to keep talking, "
     "in their first face-to-face meeting this year. The talks in the Peruvian capital lasted two hours. "
     "Deputy Secretary Kurt Campbell joined Blinken, while Wang was accompanied by Vice Foreign Minister Ma "
     "Zhaoxu.", "USA", "Kurt Campbell"),
    ("Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi agreed on Saturday to keep talking, "
     "in their first face-to-face meeting this year. The talks in the Peruvian capital lasted two hours. "
     "Deputy Secretary Kurt Campbell joined Blinken, while Wang was accompanied by Vice Foreign Minister Ma "
     "Zhaoxu.", "CHN", "Ma Zhaoxu"),
    # the passive: the one accompanied is the chief
    ("Prime Minister Keir Starmer was joined by Foreign Secretary David Lammy and was received by Chancellor "
     "Olaf Scholz in Berlin on Monday.", "GBR", "David Lammy"),
    # "part of the delegation"
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Lima on Saturday. Defence "
     "Minister Dong Jun was also part of the Chinese delegation.", "CHN", "Dong Jun"),
])
def test_delegation_people_join_their_party(reader, text, country, person):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    assert any(person in side_names(e, country) for e in events), [(e.trigger, side_names(e, country)) for e in events]
