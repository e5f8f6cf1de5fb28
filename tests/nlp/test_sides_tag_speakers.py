"""Sides: an official who tells his own state's act in a tag after the news ("X did Y, the minister said")
takes part in it, as one who tells it in a lead-in does. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _names(reader, text, trigger, published="2025-03-12"):
    events = reader.read(text, published=published).events
    event = next(e for e in events if e.trigger == trigger)
    return [a.name for a in event.source + event.target]


@pytest.mark.parametrize("text, trigger, speaker", [
    ("Chile will not renew its fisheries accord with Peru, President Gabriel Boric said on Sunday.", "accord",
     "Gabriel Boric"),
    ("Hungary has suspended its arms exports to Israel, Foreign Minister Peter Szijjarto said on Friday.",
     "suspended", "Péter Szijjártó"),
])
def test_an_official_telling_his_states_act_in_a_tag_takes_part(reader, text, trigger, speaker):
    assert speaker in _names(reader, text, trigger)
