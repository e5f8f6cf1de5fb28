"""Speaking with the other side where the sentence names no place or meeting is a call (nlp/spoken_calls.py).
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


def _consult_modes(reader, text):
    return [e.mode for e in reader.read(text, published="2025-03-14").events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Macron also spoke on Thursday with Brazilian President Luiz Inacio Lula da Silva.",
    "Erdogan said he spoke with Putin later on Thursday and that Moscow seemed open to talks.",
    "Chancellor Olaf Scholz told Prime Minister Narendra Modi in a call on Thursday that Berlin backed the plan.",
])
def test_spoken_with_no_place_is_a_call(reader, text):
    assert "phone" in _consult_modes(reader, text)


@pytest.mark.parametrize("text", [
    "Macron spoke with Lula inside the presidential palace in Brasilia on Thursday.",
    "Macron spoke with Lula on the sidelines of the summit on Thursday.",
    "Macron spoke with Lula during his visit to Brasilia on Thursday.",
])
def test_spoken_in_person_is_no_call(reader, text):
    assert "phone" not in _consult_modes(reader, text)
