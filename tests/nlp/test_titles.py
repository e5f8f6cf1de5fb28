"""Titles of people the knowledge base lacks: a portfolio country, a rank beside an office, a past office."""

from __future__ import annotations

import pytest


def _actor(reader, text, name, published="2024-05-02"):
    return next(a for a in reader.read(text, published=published).actors if a.name == name)


@pytest.mark.parametrize("text, name, country", [
    ("The Australian delegation was headed by Peter Holloway, special envoy for Syria.", "Peter Holloway", "AUS"),
    ("Marta Lindqvist, ambassador to Chile, said the talks would resume.", "Marta Lindqvist", None),
])
def test_country_of_a_portfolio_is_not_the_holders(reader, text, name, country):
    assert _actor(reader, text, name).country == country


def test_country_written_before_the_title_still_owns_it(reader):
    """Guard: the portfolio rule leaves a holder's country written before the title."""
    text = "Chinese Deputy Assistant Secretary of Defense for China Liang Wenhao spoke on Monday."
    assert _actor(reader, text, "Liang Wenhao").country == "CHN"


@pytest.mark.parametrize("text, name, country", [
    ("The delegation was led by Chief Cabinet Secretary Taro Yamagishi.", "Taro Yamagishi", "JPN"),
    ("The talks were led by Deputy Assistant Secretary of Defense for China Ruth Okafor.", "Ruth Okafor", "USA"),
])
def test_title_of_one_state_tells_the_holders_state(reader, text, name, country):
    assert _actor(reader, text, name).country == country


def test_office_beside_a_rank_is_the_role(reader):
    text = ("Hanoi sent Maj. Gen. Tran Quoc Binh, deputy director of the Vietnam People's Army's Department "
            "of External Relations, to the meeting.")
    person = _actor(reader, text, "Tran Quoc Binh")
    assert "deputy director" in person.role and "External Relations" in person.role
    assert person.sector == "MIL" and person.country == "VNM"


@pytest.mark.parametrize("text, name, office", [
    ("The two leaders last met in 2009, when then-Prime Minister Arvid Thorsen visited Oslo.",
     "Arvid Thorsen", "Prime Minister"),
    ("Former Finance Minister Ilse Vandamme said the plan would fail.", "Ilse Vandamme", "Finance Minister"),
])
def test_past_office_makes_a_former_office_holder(reader, text, name, office):
    person = _actor(reader, text, name)
    assert person.sector == "ELI" and person.role == f"former {office}"


@pytest.mark.parametrize("text, name, country, sector, role", [
    ("In 2002, then-Prime Minister Junichiro Koizumi visited Pyongyang.", "Junichiro Koizumi", "JPN", "ELI",
     "former Prime Minister"),
    ("U.S. Ambassador MaryKay Carlson said Washington stood with Manila.", "MaryKay Carlson", "USA", "GOV",
     "Ambassador to the Philippines"),
])
def test_kb_people_added_with_their_offices(reader, text, name, country, sector, role):
    person = _actor(reader, text, name)
    assert (person.country, person.sector, person.role) == (country, sector, role)


@pytest.mark.parametrize("text, name, country", [
    ("Idrissa Kone, a spokesman for Mali's junta, said the decision was final.", "Idrissa Kone", "MLI"),
    ("In a statement read on state radio by Major Idrissa Kone, a spokesman for Mali's junta, the "
     "government announced its withdrawal.", "Idrissa Kone", "MLI"),
])
def test_a_spokesman_for_a_state_body_is_of_that_state(reader, text, name, country):
    assert _actor(reader, text, name).country == country


def test_a_spokesman_who_has_his_owner_keeps_for_as_a_portfolio(reader):
    """Guard: "the navy's spokesman for the South China Sea" is not China's."""
    text = "Captain Mario Reyes, the navy's spokesman for the South China Sea, said the ship fired water cannon."
    assert _actor(reader, text, "Mario Reyes").country != "CHN"
