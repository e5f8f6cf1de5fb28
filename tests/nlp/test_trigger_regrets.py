"""Regret at another side's act (detente.nlp.trigger_regrets) and harm told done to a state
(trigger_judgements.harms_party): sentences written for these tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word,mode", [
    ("The African Union said it regretted Chad's decision to leave the force.", "regretted", "disapprove"),
    ("Brussels regretted the move and said it would study its options.", "regretted", "disapprove"),
    ("Oslo lamented Hungary's refusal to sign the statement.", "lamented", "disapprove"),
    ("The ministry said Peru had repeatedly undermined Bolivia during the dispute.", "said", "allege"),
    ("Accra said Lomé had sought to destabilise Ghana for years.", "said", "allege"),
])
def test_regret_and_harm_are_accusations(reader, text, word, mode):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "ACCUSE" and found.mode == mode, found


@pytest.mark.parametrize("text,word", [
    ("Tokyo regretted its actions during the occupation.", "regretted"),
    ("The governor regretted the loss of life in the floods.", "regretted"),
    ("The envoy said he did not regret the decision.", "regret"),
    ("The minister regretted that the talks had ended without a deal.", "regretted"),
    ("Economists said the drought had undermined Zambia's harvest.", "said"),
])
def test_other_regret_and_harm_are_not(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "ACCUSE", found
