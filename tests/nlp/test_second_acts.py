"""A further act told beside another in one sentence keeps its own event (sentences written for these tests):
a levy added ("and in May it added anti-dumping deposits"), a state put out of a joint programme, a partnership
declared, and a stay closed by a meeting on its last day ("met X on Friday, closing a three-day visit")."""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of

PUBLISHED = "2025-05-09"


@pytest.mark.parametrize("text, word, first, last", [
    ("Peru raised tariffs on Chilean copper in January, and in April it added anti-dumping deposits on "
     "Chilean wine.", "deposits", "2025-04-01", "2025-04-30"),
    ("Quito added duties on Colombian sugar in February.", "duties", "2025-02-01", "2025-02-28"),
])
def test_an_added_levy_is_its_own_sanction(reader, text, word, first, last):
    event = event_by_trigger(reader, text, word, published=PUBLISHED)
    assert (event.type, event.date.first, event.date.last) == ("SANCTION", first, last)


@pytest.mark.parametrize("measure, other, word", [
    ("Ankara imposed anti-dumping duties on steel pipes.", "He imposed his duties on the staff.", "duties"),
    ("Peru added anti-dumping deposits on Chilean wine.", "Savers added deposits at Chilean banks in July.",
     "deposits"),
    ("Canberra removed Indonesia from the submarine programme in 2021.",
     "The ministry removed staff from the training programme.", "removed"),
])
def test_a_levy_or_exclusion_needs_its_own_marks(reader, measure, other, word):
    found = trigger_of(reader, measure, word)
    assert found is not None and found.type == "SANCTION"
    assert trigger_of(reader, other, word) is None


@pytest.mark.parametrize("text, word", [
    ("Hanoi and Seoul declared a comprehensive strategic partnership in December 2022.", "declared"),
    ("The two governments proclaimed a partnership for the new century.", "proclaimed"),
])
def test_a_declared_partnership_is_an_agreement(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is not None and found.type == "AGREE"


@pytest.mark.parametrize("text, first, last", [
    ("Rutte met Turkish President Tayyip Erdogan in Ankara on Friday, closing a two-day visit.",
     "2025-05-08", "2025-05-09"),
    ("Austria's chancellor met Prime Minister Modi in New Delhi on Thursday, ending a three-day trip in which "
     "he toured a port.", "2025-05-06", "2025-05-08"),
])
def test_a_closed_stay_is_its_own_visit(reader, text, first, last):
    events = reader.read(text, published=PUBLISHED).events
    stays = [e for e in events if e.trigger in {"visit", "trip"}]
    assert len(stays) == 1, [(e.type, e.trigger) for e in events]
    assert (stays[0].type, stays[0].mode, stays[0].date.first, stays[0].date.last) == ("CONSULT", "visit", first, last)
    assert stays[0].target, stays[0]


def test_a_meeting_later_in_the_stay_stays_apart(reader):
    text = ("Dutch Prime Minister Schoof met Indian Prime Minister Modi in New Delhi on Friday, closing a three-day "
            "visit. Schoof also had more than two hours of talks with External Affairs Minister Jaishankar.")
    events = reader.read(text, published=PUBLISHED).events
    assert {e.trigger for e in events if e.type == "CONSULT"} >= {"met", "visit", "talks"}, \
        [(e.type, e.trigger) for e in events]
