"""Acts named only as what another act was done without (sentences written for these tests): "instead of
arresting him", "rather than imposing sanctions" and "without signing" say the act did not take place
(negated); when the occasion it was due at ended without it ("left the talks without signing"), the act
was called off (cancelled). A withheld admission ("without accepting that ...") is no such act."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"


def _event(reader, text, trigger):
    return next(e for e in reader.read(text, published=PUBLISHED).events if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger,status", [
    ("Tajikistan gave the Russian president a red-carpet welcome on Tuesday instead of arresting him.",
     "arresting", "negated"),
    ("The Serbian delegation walked out of the talks in Brussels on Monday without signing the accord.",
     "signing", "cancelled"),
    ("The Kenyan president left Addis Ababa on Sunday without signing the border agreement with Ethiopia.",
     "signing", "cancelled"),
], ids=["instead-of", "walked-out-without", "left-without"])
def test_an_act_done_without_did_not_take_place(reader, text, trigger, status):
    assert _event(reader, text, trigger).status == status


def test_a_forgone_act_keeps_the_day_and_place_of_its_occasion(reader):
    text = ("DUSHANBE, March 11 (Example Wire) - Tajikistan gave the Russian president a red-carpet welcome "
            "on Tuesday instead of arresting him.")
    event = _event(reader, text, "arresting")
    assert event.date is not None and event.date.value == "2025-03-11"
    assert event.location is not None and event.location.country == "TJK"
