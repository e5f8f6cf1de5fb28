"""Deliveries told by the carrier's arrival (detente.nlp.trigger_deliveries): sentences written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    ("Three Turkish cargo planes carrying tents and blankets landed in Beirut on Sunday.", "landed"),
    ("A Qatari ship carrying flour and medicine docked in Port Sudan on Monday.", "docked"),
    ("A convoy of Jordanian trucks with food arrived in the city on Friday.", "arrived"),
    ("Two Algerian aircraft carrying ammunition landed at the airport in Niamey.", "landed"),
])
def test_carrier_with_goods_is_aid(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "AID", found


@pytest.mark.parametrize("text,word", [
    ("The plane carrying the president landed in Rome on Monday.", "landed"),
    ("A ship carrying iron ore arrived in Qingdao last week.", "arrived"),
    ("The aircraft carrying aid did not land in the city.", "land"),
    ("Aid workers arrived in the town on Friday.", "arrived"),
])
def test_other_arrivals_are_not(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "AID", found
