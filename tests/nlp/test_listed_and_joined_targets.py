"""Targets a clause names past its first word: every state listed after "from" on the thing acted on
("recalled its staff from A, B and C"), the body one "applied to join", "the alliance" told long after
the bloc's name, the other state "its" names on the space an intruder enters or the sites a strike hits,
and a body told through its summit or one's participation in it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _target_codes(reader, text, trigger):
    events = reader.read(text, published="2025-03-07").events
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.trigger, [a.name for a in e.source], [a.name for a in e.target]) for e in events]
    return {a.country or a.sector for a in found[0].target}


@pytest.mark.parametrize("text,trigger,codes", [
    ("Bolivia said on Monday it was recalling all of its diplomatic staff from Chile, Peru and Ecuador.",
     "recalling", {"CHL", "PER", "ECU"}),
    ("Chile is recalling all of its diplomatic staff from Bolivia and Peru, the ministry said.", "recalling",
     {"BOL", "PER"}),
])
def test_every_state_listed_after_from_is_a_target(reader, text, trigger, codes):
    assert _target_codes(reader, text, trigger) == codes


@pytest.mark.parametrize("text,trigger", [
    ("Finland applied to join NATO in 2022, shortly after Russia's invasion of Ukraine.", "applied"),
    ("Leaders of NATO met in Vilnius on Monday. Finland's president spoke of the war. He said the border was "
     "calm. Helsinki spent more on defence last year. Prices rose in the spring. Finland applied to join the "
     "alliance in 2022.", "applied"),
])
def test_the_body_one_applies_to_join_is_the_target(reader, text, trigger):
    assert _target_codes(reader, text, trigger) == {"IGO"}


@pytest.mark.parametrize("text,trigger,codes", [
    ("Latvia summoned Moscow's envoy on Sunday after two Russian helicopters flew into its airspace near Rezekne.",
     "flew", {"LVA"}),
    ("Manila protested on Monday after Chinese vessels entered its waters near a disputed reef.", "entered",
     {"PHL"}),
])
def test_its_space_an_intruder_enters_is_the_other_state(reader, text, trigger, codes):
    assert _target_codes(reader, text, trigger) == codes


@pytest.mark.parametrize("text,trigger,codes", [
    ("Damascus complained to the UN on Monday, a week after Israeli strikes on its air bases.", "strikes", {"SYR"}),
    ("Yemen said on Friday that American jets had bombed its ports overnight.", "bombed", {"YEM"}),
])
def test_its_things_a_strike_hits_are_the_other_state(reader, text, trigger, codes):
    assert _target_codes(reader, text, trigger) == codes


@pytest.mark.parametrize("text,trigger", [
    ("The African Union met in Addis Ababa in March. In July, Eritrea stayed away from the bloc's summit in Accra.",
     "stayed"),
    ("The African Union met in Addis Ababa in March. Eritrea then suspended its participation in the bloc.",
     "suspended"),
])
def test_a_body_told_through_its_summit_or_membership_is_the_target(reader, text, trigger):
    assert _target_codes(reader, text, trigger) == {"IGO"}
