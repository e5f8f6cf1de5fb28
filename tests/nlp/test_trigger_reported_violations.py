"""Breaches of a truce that a party reports with no one named as breaking them (detente.nlp.trigger_incidents
.reported_violations): the report charges the other side (ACCUSE 'allege'). Sentences written for these tests.
The speaker as source needs the sides stage; here only the trigger is checked."""

from __future__ import annotations

import pytest

from detente.nlp.triggers import is_predicate_nominal
from trigger_words import trigger_of


@pytest.mark.parametrize("text", [
    "Yerevan said there had been several violations of the truce overnight.",
    "The army spokesman went on television to say there had been breaches of the accord.",
    "Kyiv claimed there were fresh violations of the ceasefire near the river.",
], ids=["said-truce", "to-say-accord", "claimed-ceasefire"])
def test_reported_violations_are_an_accusation(reader, text):
    trigger = trigger_of(reader, text, "violations" if "violations" in text else "breaches")
    assert trigger is not None and (trigger.type, trigger.mode) == ("ACCUSE", "allege")


def test_a_reported_violation_is_no_predicate_nominal(reader):
    token = next(t for t in reader.nlp("Baku said there had been violations of the ceasefire.") if t.lower_ == "violations")
    assert not is_predicate_nominal(token)


@pytest.mark.parametrize("text", [
    "There were violations of the truce overnight.",  # no one reports them
    "Yerevan said there had been violations of human rights in the camps.",  # no accord between sides
], ids=["unreported", "not-an-accord"])
def test_other_violations_are_no_accusation(reader, text):
    trigger = trigger_of(reader, text, "violations")
    assert trigger is None or trigger.type != "ACCUSE"
