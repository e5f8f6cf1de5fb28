"""The article's news day (sentences written for these tests): an act told as done that nothing nearer dates
took place on the day the lead reports; a past perfect of the narrator, another date in its sentence or a
paragraph narrating another time keeps it undated."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"  # a Friday
LEAD = "HANOI — Vietnam and the Philippines signed a coast guard accord in Hanoi on Tuesday."
FILLER = ("\n\nThe document runs to twelve pages. Its annexes list radio frequencies. The text is in English. "
          "A copy is held in each capital. The two coast guards have similar fleets.\n\n")


def _event(reader, text: str, trigger: str):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)


def _day(event) -> str | None:
    return event.date.value if event.date is not None else None


@pytest.mark.parametrize("later, trigger", [
    ("Manila also agreed to send two cutters to Vietnamese ports.", "agreed"),
    # (not "had agreed to host the next round": undated, that is the hosting alone, README convention 12)
])
def test_act_far_from_any_dated_event_takes_the_lead_day(reader, later, trigger):
    assert _day(_event(reader, LEAD + FILLER + later, trigger)) == "2024-03-05"


def test_act_told_in_a_dated_report_takes_the_report_day(reader):
    text = LEAD + "\n\nPresident Ferdinand Marcos said on Monday that Vietnam had accepted the proposal."
    assert _day(_event(reader, text, "accepted")) == "2024-03-04"


def test_attack_told_in_a_report_is_not_dated_by_the_report(reader):
    text = LEAD + "\n\nManila said on Monday that Chinese ships had rammed a Filipino supply boat."
    assert _day(_event(reader, text, "rammed")) != "2024-03-04"


def test_lead_with_no_date_takes_the_first_day_the_opening_tells(reader):
    text = "Vietnam and the Philippines will hold joint coast guard patrols, officials in both capitals said. " \
           "The announcement came on Tuesday in Hanoi." + FILLER + "Manila also agreed to send two cutters to " \
           "Vietnamese ports."
    assert _day(_event(reader, text, "agreed")) == "2024-03-05"


@pytest.mark.parametrize("later, trigger", [
    ("Beijing had suspended its own coast guard talks with Manila.", "suspended"),  # the narrator's past perfect
    ("Manila also agreed to buy six patrol boats built in 2021.", "agreed"),  # another date
    # narration moved (a non-verbal act: a protest "to" a government is now ACCUSE, which takes the narrated time)
    ("The dispute first flared in March. Manila also recalled its ambassador from Beijing.", "recalled"),
])
def test_another_time_told_keeps_the_act_undated(reader, later, trigger):
    assert _event(reader, LEAD + FILLER + later, trigger).date is None


@pytest.mark.parametrize("later", [
    "Manila wants an end to Chinese attacks on Filipino fishermen.",
    "Manila is worried about Chinese militia attacks on Filipino fishermen.",
])
def test_noun_inside_another_phrase_is_no_act_of_the_day(reader, later):
    assert _event(reader, LEAD + FILLER + later, "attacks").date is None


@pytest.mark.parametrize("later, day", [
    ("Speaking in Manila after talks with Vietnam's foreign minister, Philippine Foreign Secretary Enrique "
     "Manalo insisted that the sea lanes must stay open.", "2024-03-05"),
    ("Speaking in Manila after talks with Vietnam's foreign minister, Philippine Foreign Secretary Enrique "
     "Manalo often insists that the sea lanes must stay open.", None),  # told as a habit, not the day's act
])
def test_step_before_an_undated_act_of_the_day_takes_the_news_day(reader, later, day):
    assert _day(_event(reader, LEAD + FILLER + later, "talks")) == day
