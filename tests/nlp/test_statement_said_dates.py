"""A statement's date is when the words were said, never a date inside what was said (session 16; sentences
written for these tests): "denied reports of last week's clash" was not denied last week."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-13"


@pytest.mark.parametrize("text, words, wrong", [
    ("The ministry denied reports of last week's clash near the border.", "clash", "week"),
    ("The United States rejected his claim to have won last July's election.", "his claim", "July"),
])
def test_a_date_inside_the_content_does_not_date_the_saying(reader, text, words, wrong):
    found = [s for s in reader.read(text, published=PUBLISHED).statements if words in s.quote]
    assert found and all(s.date is None or wrong not in (s.date.text or "") for s in found), \
        [(s.quote, s.date) for s in found]


def test_a_date_on_the_cue_still_dates_it(reader):
    found = reader.read("The ministry on Thursday denied reports of a clash near the border in March.",
                        published=PUBLISHED).statements
    assert any(s.date is not None and s.date.value == "2025-06-12" for s in found), [(s.quote, s.date) for s in found]
