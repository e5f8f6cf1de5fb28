"""An act done within an engagement is aimed at its other party (session 11; sentences written for these
tests): "X accepted the pause in a phone call with Y" is X's acceptance towards Y."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, target", [
    ("President Vladimir Putin had accepted the pause in a phone call with President Donald Trump on March 18.",
     "accepted", "USA"),
    ("French President Emmanuel Macron accepted the terms in a call with President Vladimir Putin.", "accepted",
     "RUS"),
])
def test_an_act_within_an_engagement_is_aimed_at_its_other_party(reader, text, trigger, target):
    acts = [e for e in reader.read(text, published="2025-03-21").events if e.trigger == trigger]
    assert acts and {r.country for r in acts[0].target} == {target}, \
        [(e.trigger, [r.country for r in e.source], [r.country for r in e.target]) for e in acts]


def test_an_act_of_a_third_party_in_the_sentence_takes_no_target(reader):
    text = "Chinese officials accepted the plan after a call between Russian and Ukrainian envoys on Friday."
    acts = [e for e in reader.read(text, published="2025-03-21").events if e.trigger == "accepted"]
    assert not acts or not {r.country for r in acts[0].target} & {"RUS", "UKR"}
