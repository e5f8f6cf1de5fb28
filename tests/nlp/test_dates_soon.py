""""soon" in a sentence (sentences written for these tests): a future clause takes the coming weeks;
"as soon as", "soon after the talks" and a past "soon" give no date from publication."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday


def _dates(reader, text):
    return {e.trigger: e.date for e in reader.read(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text, trigger", [
    ("Kishida said he would visit Seoul soon.", "visit"),
    ("Japan and South Korea agreed to hold talks soon.", "talks"),
])
def test_soon_dates_a_coming_event(reader, text, trigger):
    got = _dates(reader, text)[trigger]
    assert got is not None and (got.earliest, got.latest) == ("2024-06-14", "2024-07-31")


@pytest.mark.parametrize("text, trigger", [
    ("Kishida will visit Seoul as soon as the parliament session ends.", "visit"),
    ("Kishida visited Seoul soon after the election.", "visited"),
])
def test_soon_tied_to_another_moment_is_no_window(reader, text, trigger):
    got = _dates(reader, text).get(trigger)
    assert got is None or got.text != "soon"
