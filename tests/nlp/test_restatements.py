"""Restatements in one sentence (session 7): a comma-set noun restating the act, or the channel noun of a
talk ("by video call"), is the same event.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("Russian forces shelled Kharkiv on Sunday, the heaviest attack on the city this year.", "ASSAULT"),
    ("A Chinese coast guard ship rammed a Vietnamese fishing boat on Friday, the third clash this month.",
     "ASSAULT"),
    ("Macron talked with Scholz by video call on Friday.", "CONSULT"),
    ("The Japanese foreign minister spoke with Wang Yi via telephone call on Monday.", "CONSULT"),
])
def test_a_restating_noun_is_the_same_event(reader, text, kind):
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == kind]
    assert len(events) == 1, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, kind", [
    ("Britain imposed new sanctions on Iran on Tuesday. Tehran said the sanctions would only harden its resolve.",
     "SANCTION"),
    ("Canada announced tariffs on Chinese steel last week. Beijing warned that the tariffs would damage trade.",
     "SANCTION"),
])
def test_a_definite_noun_doing_something_repeats_the_event(reader, text, kind):
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == kind]
    assert len(events) == 1, [(e.type, e.status, e.trigger) for e in events]


def test_a_supposition_about_told_talks_is_no_new_event(reader):
    text = ("Serbian and Kosovar negotiators held talks in Brussels on May 3. The EU has warned of "
            "consequences if the talks collapse.")
    events = [e for e in reader.read(text, published="2025-05-07").events if e.type == "CONSULT"]
    assert len(events) == 1, [(e.status, e.evidence.sentence) for e in events]
