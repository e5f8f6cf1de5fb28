"""A semicolon closes a clause (session 16; sentences written for these tests): "A said X; B denied that Y"
gives B's words as Y, not as A's report that the parser hung on B's cue, and A keeps X."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-07"


def _said(reader, text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker.name if s.speaker else None, s.quote) for s in reader.read(text, published=PUBLISHED).statements]


@pytest.mark.parametrize("text, words, speaker", [
    ("Donald Trump said on Friday that she had agreed to halt the flow of migrants; Claudia Sheinbaum replied "
     "that her country would not close its borders.", "would not close its borders", "Claudia Sheinbaum"),
    ("Donald Trump said on Friday that she had agreed to halt the flow of migrants; Claudia Sheinbaum replied "
     "that her country would not close its borders.", "agreed to halt", "Donald Trump"),
    ("The Thai army said on Tuesday that its positions had come under fire after midnight; Cambodia's defence "
     "ministry denied that any shots had been fired.", "any shots had been fired", "Cambod"),
])
def test_the_cue_after_a_semicolon_reports_its_own_clause(reader, text, words, speaker):
    said = _said(reader, text)
    assert any(words in quote and name is not None and name.startswith(speaker) for name, quote in said), said
