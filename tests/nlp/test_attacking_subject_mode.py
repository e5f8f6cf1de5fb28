"""A plain verb whose subject is an attack takes that attack's mode (detente.nlp.triggers._attacking_subject_mode;
PLOVER ASSAULT modes). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,trigger,mode", [
    ("A Syrian air strike killed six fighters near Idlib on Monday.", "killed", "aerial"),
    ("A mortar attack wounded two Malian soldiers near Gao.", "wounded", "heavy-weapons"),
])
def test_mode_from_attacking_subject(reader, text, trigger, mode):
    events = reader.read(text, published="2025-03-05").events
    assert any(e.type == "ASSAULT" and e.trigger == trigger and e.mode == mode for e in events)
