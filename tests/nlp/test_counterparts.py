"""Counterpart disputes, on sentences written for these tests."""

from __future__ import annotations


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
