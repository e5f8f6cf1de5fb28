"""Bodies one name serves in several states ("the Joint Chiefs of Staff", "the Foreign Office"), written
without an owner, are the context state's when the knowledge base lists that state's body of the name.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _body(reader, text, word, published="2024-03-12"):
    actors = reader.read(text, published=published).actors
    return next(a for a in actors if any(word in m.lower() for m in a.mentions))


@pytest.mark.parametrize("text, word, country", [
    ("SEOUL — The Joint Chiefs of Staff said on Monday that artillery fire had been heard near the border.",
     "joint chiefs", "KOR"),
    ("ISLAMABAD — The Foreign Office said it had lodged a strong protest over the border shelling.",
     "foreign office", "PAK"),
    ("Pakistan condemned the raid. The Foreign Office said the envoy would be summoned on Tuesday.",
     "foreign office", "PAK"),
])
def test_a_bare_shared_name_is_the_context_states_body(reader, text, word, country):
    assert _body(reader, text, word).country == country


@pytest.mark.parametrize("text, word, country", [
    ("WASHINGTON — The Joint Chiefs of Staff said the exercise would go ahead next month.", "joint chiefs", "USA"),
    ("LONDON — The Foreign Office said it was in touch with the family of the detained man.",
     "foreign office", "GBR"),
])
def test_the_listed_owner_keeps_the_bare_name_in_its_own_story(reader, text, word, country):
    assert _body(reader, text, word).country == country
