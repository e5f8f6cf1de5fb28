"""Purchases of foreign-made goods (detente.nlp.trigger_commerce): economic cooperation (PLOVER COOPERATE,
CAMEO 061). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word", [
    # goods named by a foreign maker, bought outright or in an amount
    ("Vietnam Airlines said it would buy 50 Boeing jets.", "buy"),
    ("Jakarta agreed to purchase a fleet of Embraer aircraft.", "purchase"),
    ("The minister said Egypt would buy a large number of Boeing planes.", "buy"),
])
def test_foreign_purchase_is_cooperation(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and (found.type, found.cameo) == ("COOPERATE", "061"), found


@pytest.mark.parametrize("text,word", [
    # nothing bought from a named maker
    ("The negotiators tried to buy time before the vote.", "buy"),
    ("The mayor said the city would buy new buses next year.", "buy"),
])
def test_other_purchases_are_no_cooperation(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "COOPERATE", found


def test_purchase_goes_to_the_makers_state(reader):
    event = event_by_trigger(reader, "Officials said Poland would buy a large number of Boeing helicopters.", "buy")
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["POL"], ["USA"])
