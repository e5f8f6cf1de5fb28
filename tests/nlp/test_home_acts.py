"""Expulsions, recalls and what is done at a summons are placed in the acting state."""

import pytest

from readout_helpers import located

PUBLISHED = "2025-03-12"


def _located(reader, text, type_):
    return located(reader, text, type_, PUBLISHED)


@pytest.mark.parametrize("text, type_, country", [
    # envoys sent away: from the expelling state
    ("Norway expelled three Iranian diplomats on Tuesday over an espionage case.", "SANCTION", "NOR"),
    ("On Monday, Lithuania gave four Belarusian officials 72 hours to leave.", "SANCTION", "LTU"),
    # a demand made at a summons, told with no doer of its own: at the summoner's ministry, where the
    # protest lodged with it is
    ("On Tuesday, Slovak Deputy Foreign Minister Petra Novak summoned the Hungarian ambassador to lodge "
     "a protest and to press Budapest to drop the plan.", "REQUEST", "SVK"),
])
def test_home_act_placed_in_acting_state(reader, text, type_, country):
    assert country in _located(reader, text, type_)


@pytest.mark.parametrize("text, type_", [
    # an organisation has no home to act in
    ("The European Union expelled two Russian diplomats on Tuesday.", "SANCTION"),
    # each side expelled the other's envoys: two capitals, no one place
    ("Estonia and Belarus each expelled two of the other's diplomats on Tuesday.", "SANCTION"),
    # expelled by no state the text names
    ("Two Russian diplomats were expelled on Tuesday.", "SANCTION"),
])
def test_home_act_unplaced_without_home(reader, text, type_):
    assert _located(reader, text, type_) in ([], [None])


@pytest.mark.parametrize("text, type_, country", [
    # a state's own measures: cutting ties, closing its crossings
    ("Chile severed diplomatic relations with Argentina on Tuesday and told its diplomats to go.", "SANCTION", "CHL"),
    ("Finland shut all of its border crossings with Russia on Monday.", "SANCTION", "FIN"),
    # a government's protest or rejection, told with no place
    ("Norway on Monday condemned a Russian missile strike on a Ukrainian hospital.", "ACCUSE", "NOR"),
    ("Peru rejected Chile's demand on Monday.", "REJECT", "PER"),
])
def test_measure_or_reaction_placed_at_home(reader, text, type_, country):
    assert _located(reader, text, type_) == [country]


def test_told_place_wins_over_home(reader):
    assert _located(reader, "Norway condemned the strike at a meeting in Geneva on Monday.", "ACCUSE") == ["CHE"]


@pytest.mark.parametrize("text, country", [
    # a remark told just after the text put its speaker at an occasion on that day: made there
    ("Chilean President Gabriel Boric made the remark on Monday while speaking to reporters in Nairobi, where he "
     "had attended a United Nations conference. Argentina's policy, he said, was a disgrace.", "KEN"),
    ("Polish President Andrzej Duda spoke on Monday at a forum in Tokyo, where he had met investors. "
     "He condemned Belarus over the border crisis.", "JPN"),
])
def test_remark_after_a_placed_occasion_is_made_there(reader, text, country):
    assert _located(reader, text, "ACCUSE")[-1] == country


@pytest.mark.parametrize("text, country", [
    # an occasion on another day does not hold the later remark: it was made at home
    ("Polish President Andrzej Duda spoke on Friday at a forum in Tokyo, where he had met investors. "
     "On Monday, he condemned Belarus over the border crisis.", "POL"),
])
def test_remark_on_another_day_stays_at_home(reader, text, country):
    assert _located(reader, text, "ACCUSE")[-1] == country
