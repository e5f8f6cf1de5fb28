"""The fact checker the seed and example tests share: how it matches names."""

from __future__ import annotations

import pytest

from detente.records import Event, Evidence
from facts import event_problems, names_match


@pytest.mark.parametrize("expected,actual", [
    ("Lars Lokke Rasmussen", "Lars Løkke Rasmussen (video)"),  # a cited source with its channel
    ("Zoran Dordevic", "Zoran Đorđević"),  # names no knowledge base entry could match
    ("Ayse Kaya", "Ayşe Kaya"),
])
def test_a_name_with_or_without_its_accents_matches(expected, actual):
    assert names_match(expected, actual)


@pytest.mark.parametrize("expected,actual", [("Li", "Liu Jinsong"), ("Vucic", "Vukovic")])
def test_different_names_do_not_match(expected, actual):
    assert not names_match(expected, actual)


def _event(sentence: str, *others: str) -> Event:
    return Event(id="e1", type="CONSULT", mode=None, context=[], status="occurred", source=[], target=[],
                 date=None, location=None, cameo=None, quad_class=1, intensity=1.0, confidence=0.9,
                 evidence=Evidence(sentence, 0, len(sentence)), mentions=[Evidence(o, 0, len(o)) for o in others])


@pytest.mark.parametrize("event,problem", [
    (_event("The envoys met in Oslo on Monday.", "The Oslo talks lasted five hours."), []),
    (_event("The Oslo talks lasted five hours.", "The envoys met in Oslo on Monday."), []),
    (_event("The Oslo talks lasted five hours."), ["evidence"]),
])
def test_evidence_may_be_any_sentence_the_event_cites(event, problem):
    expected = {"type": "CONSULT", "status": "occurred", "evidence_contains": "met in Oslo"}
    assert event_problems(event, expected) == problem
