"""A person described as a journalist ("the Canadian journalist X", "newspaper reporter Y") is of the media
sector (JRN) yet stays an actor and a side: only outlets are kept out of actors and sides. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, sector", [
    ("Moscow freed Financial Times reporter Anna Kovalenko on Friday in exchange for two Russian agents.",
     "Anna Kovalenko", "JRN"),
    ("Beijing detained Liu Fang, the Canadian journalist who covered the protests, on Monday.", "Liu Fang", "JRN"),
    ("Tehran sentenced the British correspondent Mark Ellison to five years on Sunday.", "Mark Ellison", "JRN"),
    ("Mark Doyle, a Swiss businessman, was arrested in Minsk on Tuesday.", "Mark Doyle", "CVL"),
])
def test_a_described_journalist_is_a_media_person_and_a_side(reader, text, name, sector):
    readout = reader.read(text, published="2025-03-10")
    assert [a.sector for a in readout.actors if a.name == name] == [sector]
    assert any(name in [a.name for a in e.target] for e in readout.events)
