"""Offers told by what is offered (detente.nlp.trigger_offers): sentences written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text", [
    "Kenya has offered troops for a new United Nations mission in the Sahel.",
    "Norway offered 300 million kroner in reconstruction funding to Sudan.",
    "Japan offered the Philippines a loan of two billion dollars for a railway.",
    "Brazil offered food and medicine to the flooded provinces of Bolivia.",
])
def test_material_offered_is_aid(reader, text):
    found = trigger_of(reader, text, "offered")
    assert found is not None and found.type == "AID"


@pytest.mark.parametrize("text", [
    "The Pope offered the Vatican as a venue for talks between the two governments.",
    "Turkey offered its good offices to the two neighbours.",
])
def test_other_offers_are_no_aid(reader, text):
    found = trigger_of(reader, text, "offered")
    assert found is None or found.type != "AID"


@pytest.mark.parametrize("text", [
    "Kenya has offered troops for a new United Nations mission in the Sahel.",
    "Norway offered 300 million kroner in reconstruction funding to Sudan.",
])
def test_an_offer_made_is_proposed(reader, text):
    assert event_by_trigger(reader, text, "offered").status == "proposed"


@pytest.mark.parametrize("text", [
    "Tokyo announced a credit line of 40 billion yen for the islands' ports.",
    "Rome announced a military package worth about 300 million euros for Kyiv.",
])
def test_announced_sum_for_help_is_aid_planned(reader, text):
    found = trigger_of(reader, text, "announced")
    assert found is not None and found.type == "AID", found
    assert event_by_trigger(reader, text, "announced").status == "planned"


@pytest.mark.parametrize("text", [
    "The finance minister announced a budget of 5 billion euros for schools.",
    "Seoul announced a new package of reforms for the labour market.",
])
def test_announced_sum_without_help_is_no_aid(reader, text):
    found = trigger_of(reader, text, "announced")
    assert found is None or found.type != "AID", found
