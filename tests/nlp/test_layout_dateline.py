"""A dateline is its own sentence (detente.nlp.layout): the lead after it is parsed alone, so its subject and
its date are its own. Articles written for these tests."""

from __future__ import annotations

import pytest

LEAD = ("Ferry talks set\n\n{dateline} - Estonia and Finland will hold ferry safety talks in Turku on Friday, "
        "the Estonian foreign ministry said on Tuesday.\n")


@pytest.mark.parametrize("dateline", ["TALLINN, March 3 (Example Wire)", "TALLINN (Example Wire)"])
def test_lead_after_a_dateline_keeps_its_sides_and_day(reader, dateline):
    events = reader.read(LEAD.format(dateline=dateline), published="2025-03-04").events
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and {a.country for a in talks[0].source + talks[0].target} == {"EST", "FIN"}
    assert talks[0].date is not None and talks[0].date.value == "2025-03-07"
    assert not talks[0].evidence.sentence.startswith("TALLINN")
