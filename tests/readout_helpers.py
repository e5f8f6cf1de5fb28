"""Small readers of a readout shared by the component tests."""

from __future__ import annotations


def located(reader, text: str, type_: str, published: str) -> list[str | None]:
    """The place country of each event of one type, in reading order (None where unplaced)."""
    readout = reader.read(text, published=published)
    return [e.location.country if e.location else None for e in readout.events if e.type == type_]
