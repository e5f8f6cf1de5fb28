"""A title noun right before a name (session 7): "and U.S. special envoy Steve Witkoff" is one actor, the
person, even when the parser makes the title the conjunct and hangs the name elsewhere.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person", [
    ("Iranian Foreign Minister Abbas Araqchi and U.S. special envoy Steve Witkoff met in Oman on Friday.",
     "Steve Witkoff"),
    ("Russian Foreign Minister Sergei Lavrov and U.S. special envoy Steve Witkoff held talks in Riyadh.",
     "Steve Witkoff"),
])
def test_a_title_before_a_name_is_the_named_person(reader, text, person):
    events = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert events
    names = [a.name for a in events[0].source + events[0].target]
    assert person in names and not any("envoy" in n for n in names), names
