"""Non-answers, on sentences written for these tests: "did not say whether ...", "declined to confirm ...":
attributed (as PolNeAR does), with the negation or refusal in the cue, the content kept as an open
question ("whether ..."), and no side taken; a refusal that names no content stands as it is."""

from __future__ import annotations

import pytest


def _statements(reader, text):
    return reader.read(text, published="2025-02-03").statements


@pytest.mark.parametrize("text,cue,quote", [
    ("Seoul did not immediately say whether it would send an envoy to the ceremony.",
     "did not immediately say", "whether it would send an envoy to the ceremony"),
    ("The defence ministry spokesman declined to confirm whether troops had crossed the border.",
     "declined to confirm", "whether troops had crossed the border"),
    ("The foreign minister would not say when the talks with Hanoi would resume.",
     "would not say", "when the talks with Hanoi would resume"),
    ("The embassy refused to disclose the names of the detained diplomats.",
     "refused to disclose", "the names of the detained diplomats"),
])
def test_non_answer_is_not_a_claim(reader, text, cue, quote):
    found = _statements(reader, text)
    assert [(s.cue, s.quote, s.stance) for s in found] == [(cue, quote, "neutral")]


def test_non_answer_takes_no_side(reader):
    """Words of an unanswered question are not the speaker's, nor is their negation a reassurance."""
    found = _statements(reader, "The Kremlin would not say whether Moscow would retaliate.")
    assert [s.stance for s in found] == ["neutral"]


def test_refusal_without_content_stands(reader):
    found = _statements(reader, "A spokeswoman for the ministry declined to comment.")
    assert [(s.cue, s.quote) for s in found] == [("declined", "to comment")]
