"""Appeals told as reminders of a duty (detente.nlp.trigger_reminders) and "pressed for" (the particle lexicon):
both are PLOVER REQUEST. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text,word", [
    ("The tribunal reminded states that they have an obligation to hand over suspects.", "reminded"),
    ("The commission reminded Warsaw that it must respect the ruling.", "reminded"),
])
def test_reminder_of_duty_is_request(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "REQUEST", found


@pytest.mark.parametrize("text", [
    # "press" alone needs an object ("pressed Tokyo to ..."); "pressed for" asks for what follows, as "pushed for"
    "Canberra pressed for the release of its detained citizens.",
    "Kenya has long pressed for a permanent seat on the council.",
])
def test_pressing_for_is_coded_request(reader, text):
    assert event_by_trigger(reader, text, "pressed").type == "REQUEST"


@pytest.mark.parametrize("text,word", [
    # reminding of a fact asks nothing
    ("The spokesman reminded reporters that the treaty was signed in 1992.", "reminded"),
])
def test_reminder_of_fact_is_no_request(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "REQUEST", found
