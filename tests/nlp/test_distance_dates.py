"""nlp.distance_dates: a distance clause on a dated verb that is no event ("arrived on Tuesday evening, ten
years to the day after X shelled Y") dates the event it names; such background does not date the undated
acts told after it (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-14"  # a Thursday


@pytest.mark.parametrize("text, trigger, day", [
    ("The Turkish president arrived in Nicosia on Tuesday evening, 40 years to the day after Greek Cypriot "
     "forces attacked Turkish villages near the city.", "attacked", "1984-03-12"),
    ("The Polish leader landed in Kyiv on Wednesday, two years to the day after Russian troops shelled "
     "the Polish consulate.", "shelled", "2022-03-13"),
])
def test_distance_from_a_dated_verb(reader, text, trigger, day):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.date is not None and event.date.value == day, event.date


def test_background_does_not_date_the_next_act(reader):
    text = ("Poland and Ukraine signed a grain accord on Wednesday. The Polish leader landed in Kyiv on Tuesday, "
            "two years to the day after Russian troops shelled the Polish consulate and wounded two guards. "
            "Zelensky thanked Poland for its support.")
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "thanked")
    assert event.date is None or not event.date.first.startswith("2022"), event.date


def test_a_day_still_to_come_does_not_date_a_done_act(reader):
    """fill_dates: an act dated after publication ("due to take effect on July 1") is no anchor for a statement."""
    text = ("Chile and Peru agreed on Wednesday to build a rail link during a state visit by Gabriel Boric.\n\n"
            "Boric and President Dina Boluarte put their names to the joint statement at the Government Palace. "
            "Ministers also signed a string of cooperation agreements, according to the Peruvian presidency, and a "
            "free-trade deal between the two countries is due to take effect on July 1.\n\n"
            "Boluarte, speaking alongside her guest, declared that the sea border was settled and thanked Santiago "
            "for backing Peru's bid to join the OECD.")
    events = [e for e in reader.read(text, published="2024-05-09").events if e.type == "SUPPORT"]
    assert events and all(e.date is None or e.date.first <= "2024-05-09" for e in events), events
