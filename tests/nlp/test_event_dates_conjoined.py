"""Verbs joined by "and" share the first one's date (sentences written for these tests): "said on
Thursday ..., and repeated China's demand" dates the demand to Thursday."""

from __future__ import annotations

PUBLISHED = "2024-06-14"  # a Friday


def test_a_conjoined_verb_shares_the_first_ones_day(reader):
    text = ("A foreign ministry spokesman said on Thursday that Li had no plans to meet Kishida, and repeated "
            "China's demand that Japan withdraw the remarks.")
    demand = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "demand")
    assert demand.date is not None and demand.date.value == "2024-06-13"


def test_a_conjoined_verb_with_its_own_day_keeps_it(reader):
    text = ("A spokesman said on Thursday that Li had no plans to meet Kishida, and on Wednesday repeated "
            "China's demand that Japan withdraw the remarks.")
    demand = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "demand")
    assert demand.date is not None and demand.date.value == "2024-06-12"
