"""Finishing negotiations is an agreement (PLOVER AGREE); talks that merely end stay meetings, and the day hung
on "the end of" dates the act (detente.nlp.trigger_accords.completed_negotiations, trigger_dates.phase_noun).
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of


@pytest.mark.parametrize("text", [
    "The two governments completed negotiations on a free-trade pact.",
    "Both sides have concluded negotiations on the new fisheries treaty.",
    "The ministers announced the end of negotiations on a defence accord.",
    "Officials marked the conclusion of negotiations over the pipeline.",
])
def test_finished_negotiations_are_an_agreement(reader, text):
    found = trigger_of(reader, text, "negotiations")
    assert found is not None and found.type == "AGREE"


@pytest.mark.parametrize("text, word", [
    ("The delegations wrapped up two days of talks in Oslo.", "talks"),
    ("The negotiations on the pipeline continued in Vienna.", "negotiations"),
    ("Both sides began negotiations on a new treaty.", "negotiations"),
])
def test_talks_that_end_or_go_on_stay_meetings(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "CONSULT"


def test_the_day_of_the_end_dates_the_agreement(reader):
    found = event_by_trigger(reader, "Chile and Peru announced the end of negotiations on March 11 in Lima.",
                             "negotiations")
    assert found.type == "AGREE" and found.date is not None and found.date.value == "2024-03-11"
