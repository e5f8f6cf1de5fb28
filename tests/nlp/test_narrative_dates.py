"""An undated event told after the story has moved on to another time does not take the day of the
last dated event (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2023-11-15"  # a Wednesday
MET = "Chilean President Gabriel Boric met Argentine President Alberto Fernandez in Santiago on Tuesday. "


def _event(reader, text, words, kind=None):
    events = reader.read(text, published=PUBLISHED).events
    return next(e for e in events if words in e.evidence.sentence and (kind is None or e.type == kind))


def _triggered(reader, text, trigger):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)


@pytest.mark.parametrize("later, trigger, first, last", [
    ("Relations soured in early June, when Buenos Aires criticised a Chilean border fence. "
     "Chile withdrew its ambassador from Argentina in protest.", "withdrew", "2023-06-01", "2023-06-15"),
    ("Ties had frozen after Argentina expelled two Chilean diplomats in 2019, a measure it lifted "
     "the following year.", "lifted", "2020-01-01", "2020-12-31"),
])
def test_event_after_another_time_is_told(reader, later, trigger, first, last):
    event = _triggered(reader, MET + later, trigger)
    assert event.date is not None and (event.date.first, event.date.last) == (first, last), event.date


def test_day_of_a_report_does_not_date_the_act_it_reports(reader):
    text = MET + ("The Chilean navy said on Wednesday that Argentine vessels had fired on a Chilean patrol boat "
                  "near the Beagle Channel.")
    event = _event(reader, text, "Argentine vessels", "ASSAULT")
    assert event.date is None or event.date.first != "2023-11-14", event.date


def test_day_told_later_does_not_date_earlier_news(reader):
    """The fighting is dated by a mention a paragraph on; the talks told before it keep the agreement's day."""
    text = ("Peru and Ecuador agreed on Monday to end a week of fighting along their border, Brazilian President "
            "Luiz Inacio Lula da Silva announced after hosting the two sides' leaders. Peruvian President Dina "
            "Boluarte and Ecuadorean President Daniel Noboa held talks at the presidential palace in Brasilia. "
            "The fighting broke out on Tuesday, as Peruvian troops shelled Ecuadorean border posts.")
    talks = next(e for e in reader.read(text, published="2024-03-13").events if e.trigger == "talks")
    assert talks.date is not None and talks.date.first == "2024-03-11", talks.date


@pytest.mark.parametrize("lead, first, last", [
    ("met Argentine President Javier Milei in Buenos Aires on Thursday, wrapping up a three-day visit",
     "2024-03-05", "2024-03-07"),
    ("met Argentine President Javier Milei in Buenos Aires on Tuesday, opening a two-day visit",
     "2024-03-05", "2024-03-06"),
])
def test_undated_talks_fall_within_the_visit(reader, lead, first, last):
    text = (f"Chilean Foreign Minister Alberto van Klaveren {lead}. Van Klaveren also held talks with "
            "Argentine Foreign Minister Diana Mondino on border crossings.")
    talks = next(e for e in reader.read(text, published="2024-03-08").events if e.trigger == "talks")
    assert talks.date is not None and (talks.date.first, talks.date.last) == (first, last), talks.date


@pytest.mark.parametrize("between", [
    "Boric said the new border crossing would open in the coming weeks. The two presidents",
    "The two presidents, who first met as students in 1994,",
])
def test_time_to_come_or_described_does_not_move_the_story(reader, between):
    text = MET + between + " also signed a water-sharing accord."
    accord = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "signed")
    assert accord.date is not None and accord.date.first == "2023-11-14", accord.date


def test_a_second_date_in_a_dated_clause_does_not_move_the_story(reader):
    """"expelled ... on Monday, in a dispute over an arrest in May last year": May dates the arrest; the act
    told next is still Monday's news."""
    text = ("Chile and Peru each expelled four of the other's diplomats on Monday, in an escalation of a dispute "
            "over the arrest of a Chilean trader in Lima in May last year. Chilean Foreign Minister Alberto van "
            "Klaveren said Chile had ordered Peru's ambassador and three colleagues to leave after prosecutors "
            "named them in the inquiry.")
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == "ordered")
    assert event.date is not None and event.date.first == "2023-11-13", event.date


@pytest.mark.parametrize("background", [
    "The two countries signed a border treaty in 1929.",
    "Argentina broke off relations with Chile in March 2019.",
])
def test_a_background_act_years_before_does_not_move_the_story(reader, background):
    """A dated act years before the news is background: the undated act told next is still the news's day."""
    text = MET + background + "\n\nBoric also called on Argentine Foreign Minister Santiago Cafiero."
    visit = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger in {"called", "call"})
    assert visit.date is not None and visit.date.first == "2023-11-14", visit.date
