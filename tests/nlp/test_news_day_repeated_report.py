"""A speaker's undated report told after the same speaker's dated report is the same statement: what it
makes known takes that day, not the day the narration last told (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday

REPEATED = [
    ("Japan and the Philippines have agreed to expand joint coast guard patrols, the Japanese foreign ministry said "
     "on Thursday after two days of talks in Manila. Officials of the two countries met on Monday and Tuesday in the "
     "Philippine capital. In a separate statement, the Japanese foreign ministry said the two sides had also agreed "
     "to hold joint drills every year.", "2024-06-13"),
    ("Vietnam and the United States have agreed to widen cooperation on clearing wartime bombs, the State Department "
     "said on Wednesday. Negotiators from the two countries met in Hanoi on Monday. The State Department said the two "
     "governments had also agreed to deepen cooperation on missing soldiers.", "2024-06-12"),
]


@pytest.mark.parametrize("text,day", REPEATED, ids=["japan-philippines", "vietnam-us"])
def test_the_same_speakers_report_keeps_its_day(reader, text, day):
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "AGREE"]
    assert len(events) == 2 and all(e.date is not None and e.date.value == day for e in events)
