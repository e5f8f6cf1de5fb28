"""An act named in a response phrase ("in retaliation for strikes on Sunday") came before the news told around
it: acts told after it without a day of their own do not take its day (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-25"  # a Wednesday; Monday is 2025-06-23, Sunday 2025-06-22


@pytest.mark.parametrize("phrase", ["in retaliation for", "in response to", "as a reprisal for"])
def test_an_answered_act_does_not_date_the_next_act(reader, phrase):
    text = (f"Chile announced a truce with Peru late on Monday. The announcement came hours after Peru fired rockets "
            f"at a Chilean base {phrase} Chilean air strikes carried out on Sunday.\n\n"
            "Brazil's foreign minister then held a call with officials in Lima.")
    call = next(e for e in reader.read(text, published=PUBLISHED).events if e.type == "CONSULT")
    assert call.date is not None and call.date.value == "2025-06-23", call.date
