"""Counterpart disputes, on sentences written for these tests."""

from __future__ import annotations

import pytest


def test_offered_and_preferred_counterparts(reader):
    text = ("Washington wants to restart talks between the two militaries. "
            "China considers Defense Minister Dong Jun the proper counterpart for Lloyd Austin. "
            "U.S. officials would rather talk to General Zhang Youxia, who has real authority over the army.")
    readout = reader.read(text, published="2024-02-01")
    assert len(readout.counterparts) == 1
    cp = readout.counterparts[0]
    assert cp.for_ == "Lloyd Austin"
    by_actor = {c.actor: c for c in cp.candidates}
    assert by_actor["Dong Jun"].preferred_by == "CHN"
    assert by_actor["Dong Jun"].basis == "formal equivalent"


def test_no_counterparts_without_the_question(reader):
    readout = reader.read("The two ministers met in Hanoi on Monday.", published="2024-02-01")
    assert readout.counterparts == []


@pytest.mark.parametrize("text, first, second, first_state, second_state", [
    ("Vietnam's deputy defence minister, Lt. Gen. Hoang Xuan Chien, phoned his Thai counterpart, "
     "Gen. Nattaphon Narkphanit, on Friday.", "Hoang Xuan Chien", "Nattaphon Narkphanit", "VNM", "THA"),
    ("Penny Wong held talks with her Indonesian counterpart, Sugiono, in Jakarta on Monday.",
     "Penny Wong", "Sugiono", "AUS", "IDN"),
])
def test_his_counterpart_named_beside_pairs_both_ways(reader, text, first, second, first_state, second_state):
    readout = reader.read(text, published="2025-03-01")
    pairs = {c.for_: c.candidates for c in readout.counterparts}
    assert [(c.actor, c.preferred_by, c.basis) for c in pairs[first]] == [(second, second_state, "formal equivalent")]
    assert [(c.actor, c.preferred_by) for c in pairs[second]] == [(first, first_state)]


def test_an_equal_is_a_formal_equivalent(reader):
    readout = reader.read("Moscow treats Sergei Shoigu as Jake Sullivan's equal.", published="2024-02-01")
    cp = readout.counterparts[0]
    assert cp.for_ == "Jake Sullivan"
    assert [(c.actor, c.preferred_by, c.basis) for c in cp.candidates] == [("Sergei Shoigu", "RUS", "formal equivalent")]


def test_a_counterpart_with_no_name_beside_it_is_no_pair(reader):
    readout = reader.read("Pete Hegseth spoke with his Chinese counterpart on Tuesday.", published="2025-09-10")
    assert readout.counterparts == []


def test_the_person_asked_about_is_never_his_own_counterpart(reader):
    readout = reader.read("Defence Minister Richard Marles has not met his Indonesian counterpart this year.",
                          published="2025-03-10")
    assert all(c.actor != "Richard Marles" for cp in readout.counterparts for c in cp.candidates)
