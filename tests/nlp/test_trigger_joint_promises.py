"""Material work promised or offered to another party (detente.nlp.trigger_joint._promised_work): "committed to
build depots", "ready to work with X", "a pledge to build a railway", "an offer to help modernise ports" are
PLOVER COOPERATE, with the promise's status. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of

PROMISED = [
    ("Estonia has committed to build depots for the Finnish battalion.", "build", "planned"),
    ("Peru said it was ready to work with Chile to clear the mines along the border.", "work", "proposed"),
    ("Hanoi left the summit with Laos's pledge to build a railway to the coast.", "build", "planned"),
    ("Japan made an offer to help modernise the ports of Sri Lanka.", "modernise", "proposed"),
]


@pytest.mark.parametrize("text,word,status", PROMISED, ids=["committed", "ready-with", "pledge-noun", "offer-help"])
def test_promised_work_is_cooperation(reader, text, word, status):
    assert trigger_of(reader, text, word).type == "COOPERATE"
    assert event_by_trigger(reader, text, word).status == status


@pytest.mark.parametrize("text,word", [
    ("Norway pledged to build trust with Russia in the Arctic.", "build"),  # trust is no material work
    ("Rome and Tunis agreed to revive cooperation on migration.", "revive"),  # the agreement is the event
    ("Kenya said it was willing to work hard for peace in Sudan.", "work"),  # work with no partner or task
    ("The firm built a plant in Mexico last year.", "built"),  # no promise at all
])
def test_no_promised_work(reader, text, word):
    found = trigger_of(reader, text, word)
    assert found is None or found.type != "COOPERATE"
