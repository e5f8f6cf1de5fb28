"""Talks an agreement came right after (sentences written for these tests): "signed X on Tuesday after
talks hosted by Y" dates the talks to that Tuesday; "two weeks after talks", "long after talks" do not."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday
SIGNED = ("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov signed a "
          "peace framework on Tuesday{} talks hosted by Kazakh Foreign Minister Murat Nurtleu.")


@pytest.mark.parametrize("joint, first", [
    (" after", "2024-06-11"),
    (", two weeks after", "2024-05-26"),
])
def test_talks_before_an_agreement(reader, joint, first):
    events = reader.read(SIGNED.format(joint), published=PUBLISHED).events
    talks = next(e for e in events if e.trigger == "talks")
    assert talks.date is not None and talks.date.first == first


def test_talks_long_before_an_agreement_keep_no_day(reader):
    events = reader.read(SIGNED.format(" long after"), published=PUBLISHED).events
    talks = next(e for e in events if e.trigger == "talks")
    assert talks.date is None or talks.date.first != "2024-06-11"


def test_talks_placed_within_a_visit_are_part_of_it(reader):
    """Talks at an unnamed retreat during a visit are in the host country, and so the visitor came to the host."""
    text = ("Chilean Foreign Minister Alberto van Klaveren wrapped up a three-day visit to Peru on Friday. "
            "On Thursday, van Klaveren and Peruvian Foreign Minister Elmer Schialer held talks at a hillside retreat.")
    talks = next(e for e in reader.read(text, published="2025-03-08").events if "hillside" in e.evidence.sentence)
    assert talks.location.country == "PER" and talks.mode == "visit"
