"""Counted anaphors of more than two parties (session 11): "the three governments signed a pact" stands for
the last three states named together; a meeting in one member's country is hosted by it; "the three" is no
pair.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"
LEAD = "Kenya, Uganda and Tanzania announced on Monday that they would scrap fees on cross-border lorries."


def events_in(reader, text, sentence_start):
    return [e for e in reader.read(text, published=PUBLISHED).events if e.evidence.sentence.startswith(sentence_start)]


@pytest.mark.parametrize("sentence, start", [
    ("Last year the three governments signed a customs pact in Arusha.", "Last year"),
    ("In 2022 the three neighbours signed a customs pact in Arusha.", "In 2022"),
])
def test_the_three_are_the_last_three_states_named(reader, sentence, start):
    found = [e for e in events_in(reader, f"{LEAD} {sentence}", start) if e.type == "AGREE"]
    assert found and {a.country for a in found[0].source} == {"KEN", "UGA", "TZA"} and not found[0].target


def test_a_meeting_of_the_three_in_one_members_country_is_hosted_by_it(reader):
    text = f"{LEAD} The plan had stalled since the three last met in Kampala, Uganda, in 2019."
    found = [e for e in events_in(reader, text, "The plan") if e.type == "CONSULT"]
    assert found and {a.country for a in found[0].source} == {"KEN", "TZA"}
    assert {a.country for a in found[0].target} == {"UGA"}


def test_three_parties_are_no_pair(reader):
    text = ("India and Pakistan held talks in Dubai on Monday. "
            "The three governments signed a water pact on Tuesday.")
    found = [e for e in events_in(reader, text, "The three") if e.type == "AGREE"]
    assert not any({a.country for a in e.source + e.target} == {"IND", "PAK"} for e in found)
