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


@pytest.mark.parametrize("text,speaker,cue", [
    # a view voiced with its own subject inside a body's report is that actor's
    ("Japan's foreign ministry said Kishida had also voiced serious concern about Chinese military activity "
     "near the islands.", "Fumio Kishida", "voiced"),
    ("The Kremlin said Putin had expressed his condolences to the Iranian people over the crash.",
     "Vladimir Putin", "expressed"),
    # a cue joined to an act whose subject stands inside the body's report is that subject's words
    ("On Monday, Foreign Minister Yoko Kamikawa summoned China's ambassador and told him that the survey ship "
     "must leave at once, the Japanese foreign ministry said.", "Yoko Kamikawa", "told"),
])
def test_a_known_actors_words_inside_a_bodys_report_are_the_actors(reader, text, speaker, cue):
    assert (speaker, cue) in _speakers(reader, text)
