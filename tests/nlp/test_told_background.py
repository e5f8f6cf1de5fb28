"""An act told in a past relative clause of its own ("the tariffs they had imposed", "a plan the council
endorsed") took place, whatever plan governs the noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-07-29"


@pytest.mark.parametrize("text,trigger", [
    ("Brazil and Argentina agreed in Lima to roll back the tariffs they had imposed on each other in May.", "tariffs"),
    ("Chile has offered to lead a police mission in Haiti, a plan the U.N. Security Council endorsed last year.",
     "endorsed"),
], ids=["past-tariffs", "endorsed-plan"])
def test_an_act_told_in_its_own_past_clause_occurred(reader, text, trigger):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.status == "occurred"
