"""REQUEST modes by the PLOVER manual's four (detente.nlp.request_modes, asked_things, request_asks;
examples/README convention 14): handovers, relayed asks, arms, membership and courts assist; lifting nouns,
letting aid in and disbanding yield; returning to a course is a change. Sentences written for these tests."""

from __future__ import annotations

import pytest

from readout_helpers import first_request_mode


@pytest.mark.parametrize("text,mode", [
    # judicial cooperation assists, giving back yields
    ("Lisbon urged Rabat to hand the fugitive banker over to Portuguese prosecutors.", "assist"),
    ("Oslo asked Minsk to waive the attache's immunity.", "assist"),
    ("Lisbon urged Rabat to hand back the seized fishing boats.", "yield"),
    # asking the target to press a third party: using its influence
    ("Kyiv urged Ankara to press Moscow for a prisoner exchange.", "assist"),
    # arms, guarantees and membership assist
    ("Manila has been pressing Washington to let it buy F-16 fighter jets.", "assist"),
    ("Chisinau pressed Brussels for security guarantees.", "assist"),
    ("Skopje applied to join the alliance in 2019.", "assist"),
    # a court asked to act
    ("Gambia asked the court to order Myanmar to protect the Rohingya.", "assist"),
    # easing a curb asked for by its noun, letting aid in, disbanding yield
    ("Canberra pressed for a reduction in tariffs on its barley.", "yield"),
    ("Cairo urged Jerusalem to let aid into the territory.", "yield"),
    ("Baghdad demanded that the militia disband.", "yield"),
    ("Tokyo asked Seoul to roll back the export curbs.", "yield"),
    # going back to a course is no giving back; going back to the table meets
    ("Brussels urged Tbilisi to return to its European path.", "change"),
    ("Brussels urged Belgrade to return to the negotiating table.", "meet"),
])
def test_manual_modes(reader, text, mode):
    assert first_request_mode(reader, text) == mode


@pytest.mark.parametrize("text,mode", [
    ("Madrid said Rabat must hand over the two suspects.", "assist"),
    ("Seoul said Tokyo should lift the export curbs.", "yield"),
])
def test_told_act_is_the_ask(reader, text, mode):
    assert first_request_mode(reader, text) == mode


def test_joining_someone_in_an_act(reader):
    """"join France in recognising X" asks the joined act (a change of policy), not membership."""
    assert first_request_mode(reader, "Rome pressed Madrid to join Italy in recognising the new state.") == "change"
