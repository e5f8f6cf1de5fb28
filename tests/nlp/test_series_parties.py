"""A later act of a run told before takes the run's sides (session 11; sentences written for these tests):
"the second day's drill", "a third round of strikes" with no party named continue the same kind of act."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-07"


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Russia began military exercises near the Estonian border on Monday. The second day's drill took place "
     "along the coast.", "drill", "RUS", "EST"),
    ("North Korea staged military drills near the border with South Korea on Tuesday. The next drill, held off "
     "the east coast, tested rocket launchers.", "drill", "PRK", "KOR"),
])
def test_a_marked_act_of_no_party_continues_the_run(reader, text, trigger, source, target):
    events = reader.read(text, published=PUBLISHED).events
    later = [e for e in events if e.trigger == trigger and e.evidence.sentence.startswith("The")]
    assert later, [(e.trigger, e.evidence.sentence[:30]) for e in events]
    assert {r.country for r in later[0].source} == {source} and {r.country for r in later[0].target} == {target}


def test_an_unmarked_act_of_no_party_takes_nothing(reader):
    text = "Russia began military exercises near the Estonian border on Monday. A drill took place along the coast."
    events = reader.read(text, published=PUBLISHED).events
    assert not [e for e in events if e.evidence.sentence.startswith("A drill") and e.source]
