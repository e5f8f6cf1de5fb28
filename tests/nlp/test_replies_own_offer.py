"""An answer told with the offer it answers settles that offer (session 18; sentences written for these
tests): "X accepted an invitation to pay a return visit" answers the invitation, not an earlier offer made
to X's state."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"


@pytest.mark.parametrize("text, kind", [
    ("President Recep Tayyip Erdogan said Turkey was ready to work with Egypt to rebuild Gaza. President Abdel "
     "Fattah al-Sisi accepted an invitation to pay a return visit to Turkey, Erdogan told reporters.", "COOPERATE"),
    ("Prime Minister Mark Carney said Canada was ready to work with India to build nuclear reactors. Prime Minister "
     "Narendra Modi accepted an invitation to pay a visit to Canada next year, Carney told reporters.", "COOPERATE"),
])
def test_an_answer_to_its_own_offer_leaves_earlier_offers_open(reader, text, kind):
    events = reader.read(text, published=PUBLISHED).events
    offers = [e for e in events if e.type == kind]
    assert offers and all(e.response is None for e in offers), [(e.type, e.status, e.response) for e in events]
