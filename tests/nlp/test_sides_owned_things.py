"""Targets of acts whose object is a state's thing: "an investigation into Turkish steel" is aimed at Turkey,
also when the phrase hangs on the light verb, measures its noun out ("a range of ...") or names two states
(sentences written for these tests, each alone: no other sentence names a partner)."""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger

# (sentence, trigger, target countries)
OWNED = [
    # "into" names what an investigation looks into, here hung on the verb that holds the noun; the critic
    # named after it is no target
    ("Brussels launched an investigation into Turkish steel last year, a step Ankara condemned.",
     "investigation", ["TUR"]),
    ("Brussels opened a probe into Chinese solar panels in May, weeks after Washington did the same.",
     "probe", ["CHN"]),
    # a measuring head: the owner is the inner noun's
    ("The president imposed tariffs on a range of Vietnamese goods this spring.", "tariffs", ["VNM"]),
    # two conjoined nationalities own the goods together
    ("The government imposed tariffs on Canadian and Mexican steel this spring.", "tariffs", ["CAN", "MEX"]),
]


@pytest.mark.parametrize("text,trigger,countries", OWNED, ids=[c[0][:30] for c in OWNED])
def test_owner_of_the_thing_is_the_target(reader, text, trigger, countries):
    event = event_by_trigger(reader, text, trigger)
    assert sorted({a.country for a in event.target}) == countries, event.target
