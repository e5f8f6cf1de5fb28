"""Measures by order and duties laid (detente.nlp.trigger_sanctions): signing an order that imposes or halts
something is no agreement between parties, the measure it orders is the event; duties put on another state's
goods curtail trade (SANCTION 'discontinue'). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text", [
    "The president signed an executive order imposing a 30% tariff on Peruvian copper.",
    "In May the premier signed a decree that suspended all aid to Chad.",
    "The premier signed the tariff order on Sunday.",
], ids=["executive-order-imposing", "decree-halting", "tariff-order"])
def test_signing_an_order_is_no_agreement(reader, text):
    assert trigger_of(reader, text, "signed") is None


@pytest.mark.parametrize("text", [
    "Lima and Quito signed an accord on fishing rights.",
    "The ministers signed a memorandum on energy cooperation.",
], ids=["accord", "memorandum"])
def test_signing_a_pact_stays_an_agreement(reader, text):
    assert trigger_of(reader, text, "signed").type == "AGREE"


@pytest.mark.parametrize("text,word", [
    ("Ottawa later put levies on Chinese steel.", "levies"),
    ("Seoul placed duties on Japanese imports in March.", "duties"),
], ids=["put-levies", "placed-duties"])
def test_duties_put_on_foreign_goods_are_a_sanction(reader, text, word):
    found = trigger_of(reader, text, word)
    assert (found.type, found.mode) == ("SANCTION", "discontinue")
