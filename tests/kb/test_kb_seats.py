"""What a seat named as its body's own name stands for (detente.kb.seats, metonyms.yaml `stands_for`)."""

from __future__ import annotations

import pytest

from detente.kb.seats import seat_stands_for


@pytest.mark.parametrize("text, actor_id, stands_for", [
    ("the Kremlin", "org:kremlin", "Russian presidency"),
    ("Kremlin", "org:kremlin", "Russian presidency"),
    ("the Kremlin's", "org:kremlin", "Russian presidency"),
    ("Russian Presidential Administration", "org:kremlin", None),  # the body's own name is no seat
    ("the Kremlin", "org:white-house", None),
])
def test_a_seat_stands_for_what_its_entry_says(text, actor_id, stands_for):
    assert seat_stands_for(text, actor_id) == stands_for
