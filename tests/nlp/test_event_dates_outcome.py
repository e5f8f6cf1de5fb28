"""Talks an agreement came right after (sentences written for these tests): "signed X on Tuesday after
talks hosted by Y" dates the talks to that Tuesday; "two weeks after talks", "long after talks" do not."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday
SIGNED = ("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov signed a "
          "peace framework on Tuesday{} talks hosted by Kazakh Foreign Minister Murat Nurtleu.")


@pytest.mark.parametrize("joint, first", [
    (" after", "2024-06-11"),
    (", two weeks after", "2024-05-25"),
])
def test_talks_before_an_agreement(reader, joint, first):
    events = reader.read(SIGNED.format(joint), published=PUBLISHED).events
    talks = next(e for e in events if e.trigger == "talks")
    assert talks.date is not None and talks.date.first == first


def test_talks_long_before_an_agreement_keep_no_day(reader):
    events = reader.read(SIGNED.format(" long after"), published=PUBLISHED).events
    talks = next(e for e in events if e.trigger == "talks")
    assert talks.date is None or talks.date.first != "2024-06-11"
