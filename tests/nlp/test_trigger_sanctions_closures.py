"""Closings told by their noun (detente.nlp.trigger_sanctions.closure_named) and pacts no longer kept
(stopped_keeping_pact): sentences written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,mode", [
    ("Sweden ordered the closure of Russia's consulate in Gothenburg.", "expel"),
    ("Oslo announced the closure of two Belarusian consulates on its soil.", "expel"),
    ("Kabul confirmed the closure of its embassy in Canberra.", "withdraw"),
    ("Estonia's closure of the border crossing angered Moscow.", "discontinue"),
])
def test_closure_noun_codes_as_closing(reader, text, mode):
    found = trigger_of(reader, text, "closure")
    assert found is not None and found.type == "SANCTION" and found.mode == mode, found


@pytest.mark.parametrize("text", [
    "The closure of the steel plant cost two thousand jobs.",
    "The closure of schools during the storm lasted a week.",
    "Residents protested the closure of the local hospital.",
])
def test_other_closures_are_not(reader, text):
    found = trigger_of(reader, text, "closure")
    assert found is None or found.type != "SANCTION", found


@pytest.mark.parametrize("text,word,coded", [
    ("Minsk said it would no longer abide by the border treaty.", "abide", True),
    ("Tehran declared it would no longer honour the accord.", "honour", True),
    ("The accord was signed in 2018. Caracas said it would no longer abide by any of it.", "abide", True),
    ("Minsk said it would abide by the border treaty.", "abide", False),
    ("The club said it would no longer comply with the league's rules.", "comply", False),
])
def test_pact_no_longer_kept_is_a_sanction(reader, text, word, coded):
    found = trigger_of(reader, text, word)
    assert (found is not None and (found.type, found.mode) == ("SANCTION", "discontinue")) == coded, found
