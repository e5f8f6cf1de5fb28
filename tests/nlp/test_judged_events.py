"""An event told before and named again as what someone judges is no new event by the judge (session 7).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("Armenia and Azerbaijan agreed on Monday to reopen their border crossings. "
     "Macron called the agreement a turning point.", "AGREE"),
    ("Kenya and Ethiopia agreed on Friday to share data on the river. "
     "Antonio Guterres called the agreement a model for the region.", "AGREE"),
])
def test_a_judged_event_is_the_one_told_before(reader, text, kind):
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == kind]
    assert len(events) == 1, [([a.name for a in e.source], [a.name for a in e.target]) for e in events]
