"""Replies to accusations (sentences written for these tests): the accused side's denial, told after the
charge, is the charge's response (declined by the accused): "rejected the account", "disputed the
picture", "called the claim baseless", "replied that ..."."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"
CHARGE = "Lithuania accused Belarus on Monday of sending balloons into its airspace. "


def _charge(reader, text):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "accused")


@pytest.mark.parametrize("reply", [
    "Minsk rejected the account.",
    "Minsk called the claim baseless.",
    "Minsk replied that its border guards had seen no balloons.",
    "Lukashenko, who had spent the day touring a tractor plant, calmly disputed the picture.",
], ids=["rejected-the-account", "called-the-claim-baseless", "replied-that", "opening-name-hung-on-a-clause"])
def test_the_accused_sides_denial_is_the_charges_response(reader, reply):
    event = _charge(reader, CHARGE + reply)
    assert event.response is not None and (event.response.by, event.response.status) == ("BLR", "declined")


def test_a_denial_several_paragraphs_after_the_charge_still_answers_it(reader):
    middle = ("The balloons carried cigarettes, officials said. Vilnius closed two border crossings. "
              "Trucks queued for hours on both sides. Freight firms complained of losses. ")
    event = _charge(reader, CHARGE + middle + "Minsk rejected the account.")
    assert event.response is not None and event.response.by == "BLR"


@pytest.mark.parametrize("reply,answered", [
    ("Minsk rejected the complaints.", 2),
    ("Minsk rejected the complaint.", 1),
], ids=["plural-answers-both", "singular-answers-latest"])
def test_a_plural_denial_answers_every_open_charge(reader, reply, answered):
    text = (CHARGE + "Latvia also accused Belarus of pushing migrants over its frontier. " + reply)
    charges = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "ACCUSE"]
    assert sum(1 for e in charges if e.response is not None and e.response.by == "BLR") == answered


def test_an_answer_with_no_object_is_the_accused_sides_rebuttal(reader):
    event = _charge(reader, CHARGE + "Lukashenko answered on Telegram late on Monday.")
    assert event.response is not None and (event.response.by, event.response.status) == ("BLR", "declined")
