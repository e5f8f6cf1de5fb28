"""The present tense with the day of publication (sentences written for these tests): "the forum
convenes on Friday", told that Friday, is still to come; the wire's "today" present and a past tense
tell what happened."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday


def _consult(reader, text):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT")


@pytest.mark.parametrize("text, status", [
    ("The ASEAN Regional Forum itself convenes in Vientiane on Friday.", "planned"),
    ("Kishida meets Yoon in Seoul on Friday.", "planned"),
    ("Kishida is meeting Yoon in Seoul on Friday.", "planned"),
    ("Kishida met Yoon in Seoul on Friday.", "occurred"),
    ("Kishida today meets Yoon in Seoul.", "occurred"),
])
def test_present_tense_on_the_day_of_publication(reader, text, status):
    assert _consult(reader, text).status == status


def test_a_gathering_later_today_is_where_the_dateline_is(reader):
    text = "VIENTIANE — Kishida met Yoon on Thursday. The ASEAN Regional Forum itself convenes on Friday."
    forum = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "convenes")
    assert forum.status == "planned" and forum.location is not None and forum.location.country == "LAO"
