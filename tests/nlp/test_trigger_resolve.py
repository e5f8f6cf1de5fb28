"""Threats told as resolve (detente.nlp.trigger_incidents.vowed_reprisal, spoken_acts.spoken_harm): hostile acts
to be punished, measures the other side would find unbearable, no hesitation to act, ties that would suffer.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    ("The general told reporters that the army would punish any new provocation at once.", "punish"),
    ("Athens said it would punish every incursion into its waters.", "punish"),
    ("Manila said it would take steps that Beijing would find unbearable.", "take"),
    ("The council said Warsaw would adopt measures Minsk would find painful.", "adopt"),
    ("Tokyo said it would not hesitate to order further measures against Pyongyang.", "order"),
    ("The president said Kenya would not hesitate to take action if attacked.", "take"),
    ("The minister told the envoys that relations would suffer grave consequences.", "told"),
    ("Ankara warned Athens that ties would face consequences.", "warned"),
])
def test_resolve_is_a_threat(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "THREATEN", found


@pytest.mark.parametrize("text,word", [
    ("The army said it would punish those responsible for the theft of fuel.", "punish"),
    ("The minister said the government would take further steps to boost exports.", "take"),
    ("Officials said they would take steps that farmers would find helpful.", "take"),
    ("The mayor said he would order further measures against the flu.", "order"),
    ("Analysts said relations would suffer serious consequences from the drought.", "said"),
    ("The court punished the smuggling ring last year.", "punished"),
])
def test_other_resolve_is_not(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "THREATEN", found
