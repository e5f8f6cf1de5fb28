"""An act told through the same act named again ("in a treaty signed in May", "in a call on Friday night") takes
its date; a past date in the infinitive of an agreement dates the agreeing (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"  # a Friday
NEWS = "Finland's president met the Estonian prime minister in Tallinn on Thursday. "


def _dates(reader, text, kind):
    events = reader.read(NEWS + text, published=PUBLISHED).events
    return [e.date for e in events if e.type == kind and e.evidence.sentence in text]


@pytest.mark.parametrize("text, kind, first", [
    ("Latvia settled its maritime border with Lithuania in a treaty signed in October 2019.", "AGREE",
     "2019-10-01"),
    ("The Latvian president told the Lithuanian president in a call on Monday night that Riga would help.",
     "CONSULT", "2024-03-04"),
    ("The port is smaller than the terminal that Latvia and Lithuania agreed to build in 2017.", "AGREE",
     "2017-01-01"),
])
def test_the_act_takes_the_date_of_the_act_it_was_done_by(reader, text, kind, first):
    got = _dates(reader, text, kind)
    assert got and all(d is not None and d.first == first for d in got), got
