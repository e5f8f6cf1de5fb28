"""Papers handed to a person in person (detente.nlp.trigger_topics.handed_papers): sentences written for these
tests."""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


@pytest.mark.parametrize("text,word", [
    ("The new envoy presented his credentials to President Ruto on Monday.", "presented"),
    ("Sweden's foreign minister handed the signed papers to the Palestinian prime minister in Oslo.", "handed"),
    ("The Brazilian envoy delivered a letter from Lula to President Xi in Beijing.", "delivered"),
])
def test_papers_handed_are_a_meeting(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "CONSULT", found


@pytest.mark.parametrize("text,word", [
    ("The clerk handed the papers to the court on Friday.", "handed"),
    ("The ministry did not deliver the letter to President Ruto.", "deliver"),
    ("The envoy handed the keys to the caretaker.", "handed"),
    ("Lula delivered a speech to the assembly.", "delivered"),
])
def test_other_handing_is_not(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "CONSULT", found
