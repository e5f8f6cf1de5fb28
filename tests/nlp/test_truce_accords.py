"""Truces told as made (brokered, negotiated, reached, announced, or fighting that ended in one) are also the
agreement between the warring sides (AGREE), with no broker among its sides; a sentence that already codes
an agreement gets no second one (the list equality below: one agreement each).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _agreements(readout):
    return [e for e in readout.events if e.type == "AGREE"]


def _states(event):
    return {r.country for r in event.source + event.target}


@pytest.mark.parametrize("text, pair", [
    ("Norway brokered a truce between Serbia and Kosovo on Friday.", {"SRB", "XKX"}),
    ("Mediators from Kenya negotiated a ceasefire between Sudan and Chad.", {"SDN", "TCD"}),
    ("The truce between Peru and Ecuador that Lula announced on Monday held on Wednesday.", {"PER", "ECU"}),
    ("Five days of clashes between Armenia and Azerbaijan ended in a ceasefire on March 4.", {"ARM", "AZE"}),
    ("Serbia and Kosovo fought for a week. The guns fell silent after a ceasefire brokered by President "
     "Emmanuel Macron in Paris on May 3.", {"SRB", "XKX"}),
])
def test_a_truce_made_is_an_agreement_between_the_warring_sides(reader, text, pair):
    agreements = _agreements(reader.read(text, published="2025-06-10"))
    assert [_states(e) for e in agreements] == [pair], [(e.trigger, _states(e)) for e in agreements]
    assert agreements[0].status == "occurred" and agreements[0].reciprocal


def test_the_day_the_truce_was_brokered_dates_the_agreement(reader):
    text = ("Serbia and Kosovo fought for a week. The guns fell silent after a ceasefire brokered by President "
            "Emmanuel Macron in Paris on May 3.")
    agreement, = _agreements(reader.read(text, published="2025-06-10"))
    assert agreement.date is not None and agreement.date.value == "2025-05-03"
