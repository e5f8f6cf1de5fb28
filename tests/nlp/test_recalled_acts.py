"""Agreements recalled in passing with their own time ("the Oslo Treaty of 1998", "the 2003 border accord")
took place then, between the sides of the sentence or of the engagement just told; an act told with a
"when"-clause is dated by that clause.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _agreements(reader, text, published):
    return [e for e in reader.read(text, published=published).events if e.type == "AGREE"]


def _year_events(events, year):
    return [e for e in events if e.date is not None and (e.date.earliest or "").startswith(year)]


@pytest.mark.parametrize("text, year, sides", [
    ("Chile and Peru signed a fisheries pact in Lima on Tuesday. The new pact builds on the Arica Treaty of 1999.",
     "1999", {"CHL", "PER"}),
    ("Kenya and Ethiopia held talks in Nairobi on Monday. The ministers said the meeting focused on trade and on "
     "reviving the 2003 border agreement that opened two crossings.", "2003", {"KEN", "ETH"}),
])
def test_an_agreement_with_its_own_year_took_place_then(reader, text, year, sides):
    events = _year_events(_agreements(reader, text, "2025-03-07"), year)
    assert len(events) == 1, [(e.trigger, e.date) for e in _agreements(reader, text, "2025-03-07")]
    assert events[0].status == "occurred"
    assert {r.country for r in events[0].source + events[0].target} == sides


def test_an_act_told_with_a_when_clause_takes_its_date(reader):
    text = ("Ghana said on Friday it would honour the pact the two countries signed when President John Mahama "
            "visited Abuja in March last year.")
    events = _agreements(reader, text, "2025-06-06")
    assert events and all(e.date is not None and e.date.earliest == "2024-03-01" for e in events), \
        [(e.trigger, e.date) for e in events]


def test_a_named_accord_still_to_come_is_no_past_agreement(reader):
    text = "Chile and Peru met in Lima on Tuesday to prepare the Arica Treaty of 2027."
    assert not _year_events(_agreements(reader, text, "2025-03-07"), "2027")
