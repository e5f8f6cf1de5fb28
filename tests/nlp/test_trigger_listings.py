"""Bodies listed as terrorist (detente.nlp.trigger_listings): sentences written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    ("Canada designated the militia a terrorist entity in March.", "designated"),
    ("Paris will list the Guard as a terrorist organisation.", "list"),
    ("The cartel, which Washington designated a foreign terrorist organization, denied the charge.", "designated"),
    ("Berlin proscribed the movement as a terror group last year.", "proscribed"),
    ("Rome welcomed the designation of the militia as a terrorist organisation.", "designation"),
])
def test_terror_listing_is_a_sanction(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.mode) == ("SANCTION", "discontinue"), found


@pytest.mark.parametrize("text,word", [
    ("The council designated the old port a protected area.", "designated"),
    ("The ministry listed the bridge as a heritage site.", "listed"),
    ("The minister called the rebels terrorists on Friday.", "called"),
    ("The agency listed the group's leaders in its report.", "listed"),
])
def test_other_listings_are_not(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "SANCTION", found
