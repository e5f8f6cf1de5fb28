"""Sides: a party named only in an aside on a place or as the one a noun of pressing is
done to receives nothing; the source's own people told in another state make that state the target; "both
governments said they ..." is no state named last; a subject the parser hung on the first of two joined verbs
acts for both. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _sides(reader, text, trigger, published="2025-03-12"):
    events = reader.read(text, published=published).events
    event = next(e for e in events if e.trigger == trigger)
    return [a.country for a in event.source], [a.country for a in event.target]


@pytest.mark.parametrize("text, trigger, aside", [
    ("Australia reaffirmed that its defence pledge to Fiji covers the reefs, which Indonesia also claims.",
     "reaffirmed", "IDN"),
    ("Washington restated that its treaty obligations cover the Spratly Islands, which Vietnam also claims.",
     "restated", "VNM"),
])
def test_a_party_in_an_aside_on_a_place_is_no_target(reader, text, trigger, aside):
    _, target = _sides(reader, text, trigger)
    assert aside not in target


@pytest.mark.parametrize("text, trigger, pressed", [
    ('Poland\'s foreign minister called the planned drills "unacceptable pressure" on Lithuania and Poland.',
     "called", "LTU"),
    ("Estonia's prime minister called the naval exercises dangerous pressure on Finland.", "called", "FIN"),
    ("Latvia's foreign minister condemned the manoeuvres as unacceptable intimidation against Lithuania.",
     "condemned", "LTU"),
])
def test_the_one_pressed_is_no_target_of_the_complaint(reader, text, trigger, pressed):
    _, target = _sides(reader, text, trigger)
    assert pressed not in target


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Honduras agreed on Friday to take back Honduran migrants living illegally in Mexico.", "take", "HND", "MEX"),
    ("Guatemala took back 200 Guatemalan nationals deported from the United States.", "took", "GTM", "USA"),
])
def test_own_people_in_another_state_make_it_the_target(reader, text, trigger, source, target):
    sources, targets = _sides(reader, text, trigger)
    assert source in sources and targets == [target]


def test_they_of_both_governments_is_not_the_state_named_last(reader):
    text = ("Canada and Mexico held talks in Ottawa on Monday. In a statement, Ottawa restated that its pledge "
            "covers the lakes, which Washington also claims. Both governments said they opposed any attempt by "
            "Washington to impose tariffs by force.")
    source, target = _sides(reader, text, "opposed")
    assert "USA" not in source and target == ["USA"]


def test_a_stray_subject_of_the_first_verb_acts_for_the_joined_one(reader):
    # the parser hangs "Orban" on "insisted" as a modifier; "thanked" is joined to "insisted"
    text = ('Orban, talking beside the visiting premier, insisted that "Crimea is Ukraine" and thanked Kyiv '
            'for its help.')
    sources, _ = _sides(reader, text, "thanked")
    assert "HUN" in sources
