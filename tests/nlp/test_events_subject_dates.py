"""A date between the subject and its verb dates the verb (detente.nlp.trigger_dates._attached_date), even when
the parser hangs it on the subject noun. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,day", [
    ("Nordic trade ministers on Monday imposed new tariffs on Chinese steel.", "2024-06-24"),
    ("Senior Indian diplomats on Thursday rejected a Pakistani request for talks.", "2024-06-20"),
])
def test_date_before_the_verb_dates_it(reader, text, day):
    events = reader.read(text, published="2024-06-25").events
    assert events and events[0].date is not None and events[0].date.value == day
