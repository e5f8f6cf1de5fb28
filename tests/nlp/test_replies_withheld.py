"""A side that keeps its answer to itself ("has not said whether it will", "has not said how it will
answer") gives a demand made of it a non-committal response (nlp/replies.py; sentences written for these
tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-14"  # a Friday


@pytest.mark.parametrize("reply,answer", [
    ("Lima has not said whether it will.", ("PER", "non_committal")),
    ("Lima received the letter but has not said how it will answer.", ("PER", "non_committal")),
    ("Lima has said it will study the letter.", None),
], ids=["not-said-whether", "conjoined-not-said-how", "said-no-withholding"])
def test_a_withheld_answer_is_non_committal(reader, reply, answer):
    text = f"Quito asked Peru on Tuesday to return the former minister. {reply}"
    request = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "REQUEST")
    got = (request.response.by, request.response.status) if request.response else None
    assert got == answer, got
    assert request.status == "occurred"
