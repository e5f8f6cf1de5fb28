"""Later mentions of an event told before (session 8): "the session with Zhang" is the meeting with Zhang,
not the latest talks with another official of his state.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("third", ["The session with Zhang lasted an hour.", "The meeting with Zhang ran long."])
def test_a_mention_naming_a_person_is_the_event_with_that_person(reader, third):
    text = ("Jake Sullivan met General Zhang Youxia in Beijing on Thursday. Sullivan also held talks with "
            "Wang Yi on Friday. " + third)
    talks = next(e for e in reader.read(text, published="2024-08-30").events if e.trigger == "talks")
    assert [a.name for a in talks.target] == ["Wang Yi"]
