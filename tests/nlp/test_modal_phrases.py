"""Moods the auxiliary test missed (session 19; sentences written for these tests): "would be able to join"
takes the mood of its copula's modal, and "still has to be ratified" is an obligation still ahead."""

from __future__ import annotations

import pytest

from readout_helpers import trigger_status

PUBLISHED = "2024-07-09"


@pytest.mark.parametrize("text, type_, trigger, status", [
    ("Once the pact takes effect, Korean troops would be able to join exercises in Australia.",
     "COOPERATE", "join", "hypothetical"),
    ("Under the new accord, Korean troops will be able to join exercises in Australia.", "COOPERATE", "join", "planned"),
    ("Korean troops were able to join exercises in Australia last year.", "COOPERATE", "join", "occurred"),
    ("The border treaty between Chile and Peru still has to be ratified by the Chilean Senate.",
     "AGREE", "ratified", "planned"),
    ("The trade pact with Vietnam has to be ratified by the Korean parliament before it takes effect.",
     "AGREE", "ratified", "planned"),
    ("The Korean parliament had to ratify the treaty with Australia in 2019.", "AGREE", "ratify", "occurred"),
])
def test_mood_of_able_and_has_to(reader, text, type_, trigger, status):
    assert trigger_status(reader, text, type_, trigger, PUBLISHED) == status


@pytest.mark.parametrize("text", [
    "The foreign ministers of Chile and Peru met in Lima on Monday. They agreed to open negotiations on a "
    "fisheries pact.",
    "The trade ministers of Chile and Peru met in Lima on Monday. They agreed to hold talks on a customs union.",
])
def test_talks_agreed_at_a_meeting_are_a_meeting_ahead(reader, text):
    statuses = [e.status for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT"]
    assert "planned" in statuses and "occurred" in statuses, statuses
