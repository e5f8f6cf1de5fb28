"""A bare reply told just before the words ("X answered on X late on Monday. He wrote that ...") dates and
places the same speaker's words in the next sentences (session 23; sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-13"


@pytest.mark.parametrize("text, words, day, venue", [
    ("Prime Minister Ana Brnabic answered on X late on Monday. She wrote that the accusations from Zagreb "
     "were false and insulting.", "accusations", "2025-06-09", "X"),
    ("President Gustavo Petro responded on Telegram on Tuesday. \"We will not bow to pressure from Washington,\" "
     "Petro said.", "bow to pressure", "2025-06-10", "Telegram"),
])
def test_a_bare_reply_frames_the_next_words(reader, text, words, day, venue):
    found = [s for s in reader.read(text, published=PUBLISHED).statements if words in s.quote]
    assert found and found[0].venue == venue and found[0].date is not None and found[0].date.value == day, \
        [(s.quote, s.date, s.venue) for s in found]
