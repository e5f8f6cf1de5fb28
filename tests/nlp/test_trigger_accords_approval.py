"""Endorsements that stay support, and goods bought from another state (detente.nlp.trigger_accords).
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from trigger_words import trigger_of


def test_a_leader_endorsing_a_candidate_is_support(reader):
    found = trigger_of(reader, "The senator endorsed the governor for the nomination.", "endorsed")
    assert found is not None and found.type == "SUPPORT"


@pytest.mark.parametrize("text,word,expected", [
    ("Seoul said it would buy more Australian coal next year.", "buy", "COOPERATE"),
    ("India will keep purchasing Russian oil at a discount.", "purchasing", "COOPERATE"),
    ("The ministry will buy new computers for its staff.", "buy", None),
])
def test_buying_a_states_goods_is_economic_exchange(reader, text, word, expected):
    found = trigger_of(reader, text, word)
    assert (found.type if found else None) == expected
