"""A weapon of a named state told as its clause's subject acts for that state's forces ("a Syrian rocket hit
the depot"); fired, or of no named state, it is no one (sentences written for these tests)."""

from __future__ import annotations

import pytest

from trigger_words import event_by_trigger

# (sentence, trigger, source countries)
FIRED = [
    ("Late on Sunday a Syrian rocket struck a fuel depot near the Turkish border town.", "struck", ["SYR"]),
    ("Witnesses said Iranian missiles struck an oil terminal in the Gulf overnight.", "struck", ["IRN"]),
    # what was fired is the act's object, never its target
    ("North Korea fired a ballistic missile into the sea on Monday.", "fired", ["PRK"]),
]


@pytest.mark.parametrize("text,trigger,countries", FIRED, ids=[c[0][:30] for c in FIRED])
def test_weapon_subject_acts_for_its_state(reader, text, trigger, countries):
    event = event_by_trigger(reader, text, trigger)
    assert sorted({a.country for a in event.source}) == countries, event.source
    assert not any("missile" in a.name for a in event.target), event.target


# a modifier the parser joined to the noun it modifies ("a missile and drone attack") is no weapon subject
def test_weapon_joined_to_its_head_is_no_actor(reader):
    text = "On Friday, a Syrian rocket and drone attack on the base killed three soldiers."
    event = event_by_trigger(reader, text, "killed")
    assert not any("rocket" in a.name for a in event.source + event.target), event.source
