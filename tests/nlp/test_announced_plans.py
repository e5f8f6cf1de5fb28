"""An act a side announces for later is planned; `confirmed` is its word on attending a gathering
(examples/README.md status conventions; sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"


@pytest.mark.parametrize("text,trigger", [
    ("Turkish Airlines announced it would buy 60 Boeing jets.", "buy"),
    ("The Pentagon said Hegseth would travel on to Seoul for talks with his counterpart.", "travel"),
    ("The Kenyan government announced that it would lift its sanctions on Uganda.", "lift"),
], ids=["purchase", "next-leg", "lifted-sanctions"])
def test_an_announced_act_for_later_is_planned(reader, text, trigger):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.status == "planned"
