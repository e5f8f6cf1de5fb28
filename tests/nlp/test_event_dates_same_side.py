"""A side's words told after the charge the lead dates (detente.nlp.event_dates._same_side_statement): "Ghana
accused Togo on Saturday ... Mahama called the incursion a provocation" is that charge, made that day, not a
later reaction, even when an act of another side is told in between (sentences written for these tests)."""

from __future__ import annotations

import pytest

LEAD = "Ghana accused Togo on Saturday of sending a navy patrol boat into its waters near an offshore gas field.\n\n"


@pytest.mark.parametrize("middle", [
    "President John Mahama said in a statement that the Togolese boat had entered Ghana's economic zone and "
    "approached drilling rigs operated by a Norwegian company.",
    "Togo's navy had shelled a Beninese fishing camp the same week, officials in Cotonou said.",
    "Togolese gunboats fired on Beninese fishermen near the border on Saturday.",
])
def test_words_of_the_lead_side_take_its_charge_day(reader, middle):
    text = LEAD + middle + " President John Mahama called the incursion a grave provocation."
    events = reader.read(text, published="2025-03-03").events
    date = next(e for e in events if e.trigger == "called").date
    assert date is not None and date.value == "2025-03-01"
