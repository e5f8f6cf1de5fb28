"""Claims on another's land read as hostile (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _stance(reader, text, words):
    found = [s for s in reader.read(text, published="2024-05-10").statements if words in s.quote]
    assert found
    return found[0].stance


@pytest.mark.parametrize("text, words", [
    ("President Harold Brent said on Friday that the United States needed Iceland for its security.", "needed Iceland"),
    ("Brent also said Washington ought to own the land under its largest air base in the Philippines.", "own the land"),
    ("The minister said Russia wanted to take more land in eastern Ukraine.", "take more land"),
])
def test_a_state_wanting_anothers_land_is_hostile(reader, text, words):
    assert _stance(reader, text, words) == "hostile"


@pytest.mark.parametrize("text, words", [
    ("Brent said Washington needed Japan's help on trade.", "needed Japan"),
    ("The minister said Germany would build housing on land in Berlin.", "build housing"),
])
def test_help_or_building_at_home_is_no_claim(reader, text, words):
    assert _stance(reader, text, words) == "neutral"


@pytest.mark.parametrize("text", [
    '"We need Ukraine in the European Union," the chancellor said on Monday.',
    '"We want Norway as a partner in the Arctic," the minister said on Monday.',
])
def test_a_state_wanted_in_a_body_or_role_is_no_claim(reader, text):
    statements = reader.read(text, published="2025-03-03").statements
    assert statements and statements[0].stance != "hostile"
