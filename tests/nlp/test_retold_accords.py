"""An agreement told again by a definite noun in a later sentence is the same act, whatever day that
sentence's own clause gives; a named or dated agreement stays another one.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _agreements(reader, text, published):
    return [e for e in reader.read(text, published=published).events if e.type == "AGREE"]


@pytest.mark.parametrize("text, published, day", [
    ("Chile and Peru signed a fisheries agreement in Lima on Tuesday. On Thursday, officials said the accord "
     "between Chile and Peru built on a 2012 ruling.", "2025-03-07", "2025-03-04"),
    ("Kenya and Ethiopia signed a power trade pact in Nairobi on Monday. Somalia said on Wednesday that the "
     "deal between Kenya and Ethiopia threatened its interests.", "2025-03-06", "2025-03-03"),
])
def test_a_definite_agreement_noun_retells_the_signing(reader, text, published, day):
    events = _agreements(reader, text, published)
    assert len(events) == 1, [(e.trigger, e.date, e.evidence.sentence) for e in events]
    assert events[0].date is not None and events[0].date.value == day
    assert len(events[0].mentions) == 1


def test_the_agreement_accepted_dates_the_deal_told_in_passing(reader):
    text = ("A truce between Georgia and Armenia took effect on Thursday under a deal between Georgia and Armenia "
            "brokered by France. Macron said on Wednesday that Georgia and Armenia had accepted the agreement.")
    events = _agreements(reader, text, "2025-03-07")
    assert len(events) == 1, [(e.trigger, e.date, e.evidence.sentence) for e in events]
    assert events[0].date is not None and events[0].date.value == "2025-03-05"


@pytest.mark.parametrize("text, years", [
    ("Chile and Peru signed a fisheries agreement in Lima on Tuesday. Chile and Peru had signed an earlier "
     "agreement in Santiago in 2012.", ["2025", "2012"]),
    ("Chile and Peru signed a fisheries agreement in Lima on Tuesday. The accord replaces the 2012 agreement "
     "between Chile and Peru.", ["2025", "2012"]),
])
def test_an_agreement_with_its_own_date_is_another_one(reader, text, years):
    events = _agreements(reader, text, "2025-03-06")
    assert [(e.date.value or e.date.earliest)[:4] for e in events] == years, \
        [(e.trigger, e.date, e.evidence.sentence) for e in events]
