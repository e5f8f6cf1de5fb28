"""Talks and contacts promised to go on (detente.nlp.status, detente.nlp.trigger_topics.kept_in_contact):
"agreed to keep discussing", "said ... and that both would keep talking", "will keep up communication" lie
ahead (planned); "happy to keep up a dialogue" only offers it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger, trigger_of

PUBLISHED = "2024-06-14"

AHEAD = [
    ("Chile and Peru agreed to keep discussing the fishing quotas.", "discussing", "planned"),
    ("Ruto said the visit had gone well and that Kenyan and Ugandan officials would keep negotiating "
     "over the pipeline.", "negotiating", "planned"),
    ("Oman and Yemen agreed to keep up a dialogue between their border guards.", "keep", "planned"),
    ("The Latvian minister was happy to keep up a dialogue with Minsk.", "keep", "proposed"),
]
DONE = [
    ("Chile and Peru kept discussing the fishing quotas until midnight on Monday.", "discussing", "occurred"),
]


@pytest.mark.parametrize("text,trigger,status", AHEAD + DONE,
                         ids=["agreed-keep", "and-that-would", "keep-up-dialogue", "happy-to", "kept-past"])
def test_continued_talks_status(reader, text, trigger, status):
    event = event_by_trigger(reader, text, trigger, published=PUBLISHED)
    assert (event.type, event.status) == ("CONSULT", status)


@pytest.mark.parametrize("text,word,type_", [
    ("Both ministries will keep up communication with Doha at every level.", "keep", "CONSULT"),
    ("Ankara kept up the pressure on Athens over the islands.", "kept", None),  # pressure is no contact
])
def test_keeping_up_contact(reader, text, word, type_):
    found = trigger_of(reader, text, word)
    assert (found.type if found is not None else None) == type_


def test_kept_up_dialogue_is_one_event(reader):
    """The verb of keeping up codes the talks; the noun kept up is no second event."""
    text = "The Latvian minister was happy to keep up a dialogue with Minsk."
    events = reader.read(text, published=PUBLISHED).events
    assert [e.trigger for e in events if e.type == "CONSULT"] == ["keep"]
