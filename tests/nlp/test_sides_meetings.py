"""Meeting geometry: whoever receives a guest is the host, the PLOVER target; the guest is the source.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, visitor, host", [
    ("Turkish President Recep Tayyip Erdogan received Hungarian Prime Minister Viktor Orban in Ankara on Monday.",
     "HUN", "TUR"),
    ("Kenyan President William Ruto was received by Chinese President Xi Jinping in Beijing on Friday.", "KEN", "CHN"),
    ("Putin received Kazakh President Kassym-Jomart Tokayev at the Kremlin.", "KAZ", "RUS"),
])
def test_the_receiver_is_the_host(reader, text, visitor, host):
    consults = [e for e in reader.read(text, published="2025-03-07").events if e.type == "CONSULT"]
    assert consults
    assert {a.country for a in consults[0].source} == {visitor}
    assert {a.country for a in consults[0].target} == {host}


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks in Rio de Janeiro on Sunday, "
    "agreeing on the sidelines of the G20 summit to resume direct flights.",
    "RIO DE JANEIRO, Nov. 18 (Example Wire) - Indian Prime Minister Narendra Modi and Chinese President Xi Jinping "
    "held talks on Sunday, agreeing on the sidelines of the G20 summit to resume direct flights.",
])
def test_a_meeting_told_with_sidelines_is_third_party(reader, text):
    """The sidelines phrase may hang on another verb of the sentence; two sides meeting within a gathering held
    in neither's country meet on third-party ground (records' CONSULT convention)."""
    consults = [e for e in reader.read(text, published="2024-11-18").events if e.type == "CONSULT"]
    assert consults and consults[0].mode == "third-party"
