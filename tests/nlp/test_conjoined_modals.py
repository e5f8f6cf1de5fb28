"""A bare verb conjoined to a verb with a modal shares the modal: "would lift X and restart Y" tells both
acts as ahead (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text,trigger", [
    ("Canada said it would end its boycott of the forum and resume military aid to Ukraine.", "aid"),
    ("Tokyo said it would ease its export curbs and restart security assistance to Manila.", "assistance"),
], ids=["resume-aid", "restart-assistance"])
def test_a_conjoined_verb_shares_the_modal(reader, text, trigger):
    event = next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)
    assert event.status == "planned"
