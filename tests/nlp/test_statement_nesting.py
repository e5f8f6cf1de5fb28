"""One attribution per word (sentences written for these tests): a statement whose cue stands inside what
another speaker is reported to say is part of that content; a body reporting a known actor's words
leaves the statement to that actor."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"


def _speakers(reader, text):
    return sorted((s.speaker.name if s.speaker else None, s.cue) for s in reader.read(text, published=PUBLISHED).statements)


@pytest.mark.parametrize("text,expected", [
    # the governor's words reach the reader through the senator's report: one attribution, the senator's
    ("Senator Maria Lopez said on Tuesday that the governor had told donors the budget \"would never pass "
     "without deep cuts to every single agency\".", [("Maria Lopez", "said")]),
    # a view inside one's own report is part of it ("said he had stressed ...")
    ("Pete Hegseth said he had stressed the importance of open military channels with Beijing.",
     [("Pete Hegseth", "said")]),
])
def test_a_cue_inside_reported_content_is_no_statement_of_its_own(reader, text, expected):
    assert _speakers(reader, text) == expected


def test_a_body_reporting_a_known_actors_words_leaves_the_statement_to_the_actor(reader):
    text = ("China's defence ministry said Dong Jun told Pete Hegseth that the South China Sea was "
            "\"an area where China will never give ground\".")
    assert [name for name, _ in _speakers(reader, text)] == ["Dong Jun"]
