"""Words dated by the same span as a meeting the speaker took part in (session 22; sentences written for these
tests): "came to X in May and said ..." was said at that meeting, though neither has a day."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"


@pytest.mark.parametrize("text,words,venue", [
    ("German Chancellor Friedrich Merz held talks with Polish Prime Minister Donald Tusk in Berlin on Friday.\n\n"
     "Merz came to Warsaw in November and said he regretted the suffering of the war years.",
     "regretted the suffering", "Warsaw"),
])
def test_words_told_with_a_meeting_of_the_same_span_are_said_there(reader, text, words, venue):
    found = [s for s in reader.read(text, published=PUBLISHED).statements if words in s.quote]
    assert found and found[0].venue == venue
