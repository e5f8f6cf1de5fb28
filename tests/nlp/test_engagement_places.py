"""Acts told without a place take their meeting's place; attacks on a state, its territory."""

import pytest

from readout_helpers import located

PUBLISHED = "2025-03-12"


def _located(reader, text, type_):
    return located(reader, text, type_, PUBLISHED)


@pytest.mark.parametrize("text, type_, country", [
    # signed on the meeting's day by its two parties: where they met
    ("Swedish Foreign Minister Maria Malmer Stenergard met Finnish Foreign Minister Elina Valtonen in Oslo on "
     "Monday. On Monday the two ministers also signed an agreement with each other to share radar data.",
     "AGREE", "NOR"),
    # an air attack on a state, with no place named: its territory
    ("Iranian drones struck Israeli military bases on Saturday, the army said.", "ASSAULT", "ISR"),
])
def test_unplaced_act_takes_engagement_place(reader, text, type_, country):
    assert country in _located(reader, text, type_)


@pytest.mark.parametrize("text, type_", [
    # at sea: no state's territory
    ("Chinese coast guard vessels fired water cannon at a Philippine boat on Saturday.", "ASSAULT"),
    # fighting inside one state: the sentence does not say where
    ("Sudanese troops shelled Sudanese rebels on Saturday.", "ASSAULT"),
    # another day than the meeting's: not done at the table
    ("Swedish Foreign Minister Maria Malmer Stenergard met Finnish Foreign Minister Elina Valtonen in Oslo on "
     "Monday. On Wednesday the two ministers signed an agreement with each other to share radar data.", "AGREE"),
    # a meeting dated only by its month tells no day shared with an act of that month
    ("The two ministers signed an agreement with each other to share radar data on Wednesday. Swedish Foreign "
     "Minister Maria Malmer Stenergard had visited Finnish Foreign Minister Elina Valtonen in Helsinki earlier "
     "this month.", "AGREE"),
])
def test_no_place_without_engagement(reader, text, type_):
    assert _located(reader, text, type_) and set(_located(reader, text, type_)) == {None}
