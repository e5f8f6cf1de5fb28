"""Meetings that are gatherings by who takes part (detente.nlp.gathering_modes; examples/README convention 2):
a body of states as a side, or a plural of delegates from a region or from three or more states, is
multilateral; one state's people, or the two sides' own delegations, are not. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _modes(reader, text):
    return [e.mode for e in reader.read(text, published="2025-03-05").events if e.type == "CONSULT"]


@pytest.mark.parametrize("text,mode", [
    # a body of states as a side, with no place
    ("Lithuania asked its NATO allies for consultations under Article 4.", "multilateral"),
    # delegates of a region, as object or as subject
    ("The Chilean president will meet South American leaders next month.", "multilateral"),
    ("Arab leaders are due to meet in Cairo on March 20.", "multilateral"),
    # places joined that with the sides make three states
    ("Chilean officials are due to meet U.S. and European counterparts in Geneva on Monday.", "multilateral"),
])
def test_gatherings(reader, text, mode):
    assert mode in _modes(reader, text)


@pytest.mark.parametrize("text,mode", [
    # the two sides' own delegations meeting on third ground stay a third-party meeting
    ("Chilean and Peruvian delegations met in Geneva on Monday.", "third-party"),
    # one state's people met at home: a visit
    ("Blinken met Chinese officials in Beijing on Friday.", "visit"),
])
def test_not_gatherings(reader, text, mode):
    assert _modes(reader, text)[0] == mode
