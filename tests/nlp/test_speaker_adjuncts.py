"""Where and when the speaker was, from adjuncts of the speaker or the cue (sentences written for these
tests): "Back in X", "Speaking there", "Visiting a site", "X, in an interview with an outlet, said"; a day
on a thing described is not the day of saying."""

from __future__ import annotations

import pytest


def _statement(reader, text, words):
    found = [s for s in reader.read(text, published="2025-06-12").statements if words in s.quote]
    assert found, text
    return found[0]


@pytest.mark.parametrize("text,words,venue", [
    ("Back in Nairobi on Monday, President William Ruto said the mission would go on.", "mission would go on",
     "Nairobi"),
    ("Foreign ministers met in Geneva on Monday. Speaking there on Tuesday, Minister Anna Berg said the plan "
     "was fair.", "plan was fair", "Geneva"),
    ("Visiting a naval base on Tuesday, President Anna Berg said the fleet was ready.", "fleet was ready",
     "naval base"),
    ("Prime Minister Anna Berg, in an interview with the Swiss broadcaster SRF, said the tariffs would hurt.",
     "tariffs would hurt", "SRF interview"),
])
def test_an_adjunct_of_the_speaker_gives_the_venue(reader, text, words, venue):
    assert _statement(reader, text, words).venue == venue


def test_officials_of_a_place_are_not_a_venue(reader):
    text = "Officials in Geneva said on Tuesday the plan was fair."
    assert _statement(reader, text, "plan was fair").venue != "Geneva"


@pytest.mark.parametrize("text", [
    "\"We are ready,\" President Anna Berg told reporters in the Oval Office, describing a very big meeting on Saturday.",
    "\"We are ready,\" President Anna Berg told reporters in the Oval Office, praising the talks on Saturday.",
])
def test_a_day_on_the_thing_described_is_not_the_day_of_saying(reader, text):
    from detente.nlp.statement_occasions import when_said
    doc = reader.nlp(text)
    cue = next(t for t in doc if t.lower_ == "told")
    date = when_said(doc, cue)
    assert date is None or date.text != "Saturday"


@pytest.mark.parametrize("text", [
    "Speaking on Wednesday, President Anna Berg said the fleet was ready.",
    "Praising the talks on Wednesday, President Anna Berg said the fleet was ready.",
])
def test_a_day_on_a_fronted_participle_still_dates_it(reader, text):
    date = _statement(reader, text, "fleet was ready").date
    assert date is not None and date.value == "2025-06-11"
