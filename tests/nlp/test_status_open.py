"""Status and date rules for events left open, offered, skipped or scheduled: "has not said whether",
"is weighing whether", "would welcome a meeting", "skipped the summit", "leaders gather on Tuesday"
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from detente.api import _parse_published

PUBLISHED = "2024-06-14"  # a Friday


def _consult(reader, text):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT")


def _date_spans(reader, text):
    """The resolved date expressions of a text, by their words."""
    doc = reader.nlp.make_doc(text)
    doc._.article, doc._.published = None, _parse_published(PUBLISHED)
    for name, proc in reader.nlp.pipeline:
        doc = proc(doc)
        if name == "detente_dates":
            break
    return {s.text: s._.date for s in doc.spans["dates"]}


STATUSES = [
    # a whether-clause leaves the event open
    ("Tokyo has not said whether Kishida will attend the summit in Rome.", "non_committal"),
    ("Tokyo declined to say whether Kishida would travel to Seoul.", "non_committal"),
    ("Seoul has yet to decide whether Yoon will visit Tokyo.", "under_consideration"),
    ("Japan has not decided whether Kishida will visit Seoul.", "under_consideration"),
    ("Seoul is still pondering whether Yoon will travel to Tokyo.", "under_consideration"),
    # skipping an event is not taking part
    ("Yoon skipped the summit in Rome.", "negated"),
    ("Kishida missed the summit in Rome.", "negated"),
    ("Seoul boycotted the talks in Tokyo.", "declined"),
    # a conditional welcome offers the event
    ("The White House would welcome a meeting between Biden and Xi.", "proposed"),
    ("Seoul would support a visit by Kishida to Seoul.", "proposed"),
    # a clause hung off a request is what was requested
    ("China turned down a request for Blinken to meet Xi.", "declined"),
    ("China received a request for Blinken to meet Xi.", "proposed"),
]


@pytest.mark.parametrize("text,status", STATUSES, ids=[t[:40] for t, _ in STATUSES])
def test_status_of_an_open_or_answered_event(reader, text, status):
    assert _consult(reader, text).status == status


@pytest.mark.parametrize("text,first", [
    ("Japanese and South Korean diplomats convene in Busan on Tuesday and Wednesday for talks.", "2024-06-18"),
    ("Kishida meets Yoon in Seoul on Monday.", "2024-06-17"),
    ("Kishida is meeting Yoon in Seoul on Thursday.", "2024-06-20"),
])
def test_present_tense_with_a_day_is_the_scheduled_day(reader, text, first):
    event = _consult(reader, text)
    assert event.date is not None and event.date.first == first
    assert event.status == "planned"


def test_since_looks_back_even_in_a_present_tense_clause(reader):
    dates = _date_spans(reader, "Kishida meets Yoon in Seoul on Monday, the first contact since Wednesday.")
    assert dates["Wednesday"].value == "2024-06-12"


def test_further_talks_are_a_new_event_between_the_pair(reader):
    text = ("Fumio Kishida and Yoon Suk Yeol spoke by phone on Tuesday. An aide said the two men had agreed "
            "to further talks.")
    events = [e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    planned = next(e for e in events if e.status == "planned")
    assert {r.actor_id for r in planned.source + planned.target} == {"person:fumio-kishida",
                                                                      "person:yoon-suk-yeol"}
    assert any(e.status == "occurred" for e in events)
