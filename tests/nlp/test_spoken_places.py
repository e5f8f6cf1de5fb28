"""A verbal act reported as someone's words happened where they were spoken (detente.nlp.spoken_places)."""

import pytest

from readout_helpers import located

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text, type_, country", [
    ("The Kenyan foreign minister said in Geneva on Monday that Nairobi condemned the Ugandan raid.", "ACCUSE", "CHE"),
    ("At a news conference in Brussels, the Polish prime minister said Warsaw condemned the drone incursion by "
     "Russia.", "ACCUSE", "BEL"),
    ("The Kenyan president told reporters in Geneva on Monday that Kenya rejected the Ugandan plan.", "REJECT", "CHE"),
])
def test_verbal_act_placed_where_it_was_said(reader, text, type_, country):
    assert located(reader, text, type_, PUBLISHED) == [country]


def test_saying_with_no_place_leaves_the_home(reader):
    text = "The Kenyan foreign minister said on Monday that Nairobi condemned the Ugandan raid."
    assert located(reader, text, "ACCUSE", PUBLISHED) == ["KEN"]
