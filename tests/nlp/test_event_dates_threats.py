"""A warning of a supposed harm: the harm is supposed, but the warning itself was made (THREATEN occurred) and
spoken on a day: it is dated like any report told as done. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, day", [
    ("Lithuanian and Belarusian officials met in Vilnius on Tuesday to discuss border crossings. "
     "Lithuanian Foreign Minister Kestutis Budrys warned that if Minsk kept sending balloons, Belarus would "
     "face new sanctions.", "2025-10-28"),
    ("Greek Prime Minister Kyriakos Mitsotakis spoke to reporters in Athens on Monday. He said that if Ankara "
     "sent survey ships again, Turkey would bear the consequences.", "2025-10-27"),
])
def test_a_warning_is_dated_by_the_report(reader, text, day):
    events = reader.read(text, published="2025-10-30").events
    threat = next(e for e in events if e.type == "THREATEN")
    assert threat.status == "occurred"
    assert threat.date is not None and threat.date.as_dict().get("value") == day, threat.date
