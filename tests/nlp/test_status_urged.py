"""Status of an act told through a preposition under an infinitive, and of the act another side is urged
to do (sentences written for these tests): "urged Iran to return to talks" asks for the talks, it does
not report them; the request keeps its own event, with the mode "meet"."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"

URGED = [
    ("Washington urged Caracas to return to talks with the opposition.", "talks"),
    ("Paris called on Moscow to resume negotiations with Kyiv.", "negotiations"),
    ("Berlin pressed Belgrade to hold talks with Pristina next month.", "talks"),
]
CHAINED = [
    ("Tehran promised to return to talks with the nuclear agency.", "talks", "planned"),
    ("Armenia said it was ready to go back to negotiations with Azerbaijan.", "negotiations", "proposed"),
]
DONE = [
    ("Caracas returned to talks with the opposition on Monday.", "talks"),
    ("Xi called Biden to discuss trade.", "called"),  # a phone call made to discuss: done, not urged
]


def _events(reader, text):
    return reader.read(text, published=PUBLISHED).events


def _status(reader, text, trigger):
    return next(e.status for e in _events(reader, text) if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger", URGED, ids=["urged-return-to", "called-on-resume", "pressed-hold"])
def test_an_urged_act_is_proposed(reader, text, trigger):
    assert _status(reader, text, trigger) == "proposed"


@pytest.mark.parametrize("text,trigger,status", CHAINED, ids=["promised-return-to", "ready-go-back-to"])
def test_a_chain_climbs_from_a_prepositional_object(reader, text, trigger, status):
    assert _status(reader, text, trigger) == status


@pytest.mark.parametrize("text,trigger", DONE, ids=["returned", "phoned-to-discuss"])
def test_an_act_told_without_urging_stays_done(reader, text, trigger):
    assert _status(reader, text, trigger) == "occurred"


@pytest.mark.parametrize("text", [
    "Washington urged Caracas to return to talks with the opposition.",
    "Berlin pressed Belgrade to come back to the negotiating table.",
], ids=["return-to-talks", "come-back-to-table"])
def test_asking_a_return_to_talks_is_a_request_to_meet(reader, text):
    request = next(e for e in _events(reader, text) if e.type == "REQUEST")
    assert request.mode == "meet" and request.status == "occurred"
