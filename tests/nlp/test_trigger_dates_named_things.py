"""A date that names another thing, or that the parser hangs on a clause with no act of its own, and an act placed at
a distance from an event the text has dated (session 25; every sentence here is written for these tests)."""

from __future__ import annotations

import pytest
from trigger_words import event_by_trigger

PUBLISHED = "2024-03-18"  # a Monday


def _span(event):
    d = event.date
    return None if d is None else (d.value, d.value) if d.value else (d.earliest, d.latest)


@pytest.mark.parametrize("text, trigger, first", [
    ("Kenya's foreign minister visited Kampala, the first visit by a Kenyan minister in a decade, which reopened a row "
     "over the war of 1979.", "visited", "1979"),
    ("Chile's president made a visit to Lima that stirred anger over the treaty of 1929.", "visit", "1929"),
])
def test_a_year_told_with_of_after_another_noun_does_not_date_the_act(reader, text, trigger, first):
    got = _span(event_by_trigger(reader, text, trigger, PUBLISHED))
    assert got is None or not got[0].startswith(first), got


@pytest.mark.parametrize("text, first, last", [
    ("Turkey struck what it called militant camps in northern Iraq on the night of March 3-4.",
     "2024-03-03", "2024-03-04"),
    ("Iran struck what it called terrorist bases in Pakistan on the night of March 9-10.",
     "2024-03-09", "2024-03-10"),
])
def test_a_date_on_a_naming_clause_dates_the_verb_above(reader, text, first, last):
    verb = text.split()[1]
    got = _span(event_by_trigger(reader, text, verb, PUBLISHED))
    assert got == (first, last), got


@pytest.mark.parametrize("later, want", [
    ("Hours before the summit, Kenya expelled a Ugandan diplomat.", ("2024-03-16",) * 2),
    ("Minutes before the summit, Kenya expelled a Ugandan diplomat.", ("2024-03-16",) * 2),
])
def test_an_act_at_a_distance_from_a_dated_event_counts_from_it(reader, later, want):
    text = ("The leaders of Kenya and Uganda held a summit in Nairobi on Saturday. "
            "Uganda's president said on Monday that the talks had gone well. " + later)
    got = _span(event_by_trigger(reader, text, "expelled", PUBLISHED))
    assert got == want, got


@pytest.mark.parametrize("text", [
    "NAIROBI \u2014 Kenya's foreign minister held talks in Kampala on Sunday on the first visit by a Kenyan minister in "
    "a decade, which produced a trade deal but reopened a row over the war of 1979.\n\n"
    "The minister, who arrived on Saturday, met Uganda's foreign minister and later called on President Yoweri "
    "Museveni.",
    "LIMA \u2014 Chile's foreign minister held talks in Lima on Sunday on the first visit by a Chilean minister in "
    "eight years, which brought a fisheries deal but stirred a row over the border crisis of 1929.\n\n"
    "The minister, who arrived on Saturday, met Peru's foreign minister and later called on President Dina Boluarte.",
])
def test_a_year_of_another_noun_is_no_time_the_story_moved_to(reader, text):
    # the second paragraph's meetings: the 1929 treaty itself is rightly an act of 1929
    later = [e for e in reader.read(text, published=PUBLISHED).events if e.evidence.sentence.startswith("The minister")]
    years = [d.value or d.earliest for d in (e.date for e in later) if d]
    assert later and not [y for y in years if y.startswith(("1979", "1929"))], years
