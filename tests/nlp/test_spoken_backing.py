"""Backing promised in speech is SUPPORT occurred whatever its tense (detente.nlp.spoken_backing; examples/README
convention 15). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,status", [
    ("The Danish minister told his Estonian host that Denmark would keep supporting Estonia's defence.", "occurred"),
    ("Rome said it would stand by Tunisia.", "occurred"),
    ("Rome promised that Italy would support Albania's bid.", "occurred"),
    # backing asked of another is no backing given
    ("Rome urged Paris to support Albania's bid.", None),
])
def test_spoken_backing(reader, text, status):
    events = reader.read(text, published="2025-03-05").events
    found = [e.status for e in events if e.type == "SUPPORT"]
    if status is None:
        assert found == [] or "occurred" not in found
    else:
        assert found and found[0] == status
