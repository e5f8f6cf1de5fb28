"""Past or future for a weekday from the verb that governs it (sentences written for these tests):
"set" looks ahead only in the passive ("the talks are set for Monday"); the active past "set up a
hotline on Monday" names a day already gone."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-05"  # a Wednesday


@pytest.mark.parametrize("text", [
    "Japan and the Philippines set up a defence hotline on Monday, officials in Manila said.",
    "Seoul and Tokyo set up a military communication channel on Monday, the defence ministry said.",
])
def test_active_past_set_names_the_day_gone(reader, text):
    event = reader.read(text, published=PUBLISHED).events[0]
    assert event.date.value == "2025-03-03"
