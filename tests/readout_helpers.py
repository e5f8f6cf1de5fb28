"""Small readers of a readout shared by the component tests."""

from __future__ import annotations


def located(reader, text: str, type_: str, published: str) -> list[str | None]:
    """The place country of each event of one type, in reading order (None where unplaced)."""
    readout = reader.read(text, published=published)
    return [e.location.country if e.location else None for e in readout.events if e.type == type_]


def side_names(event, country: str) -> list[str]:
    """The names on the side of an event (source or target) that holds the given country."""
    side = next((s for s in (event.source, event.target) if any(a.country == country for a in s)), [])
    return [a.name for a in side]


def trigger_status(reader, text: str, type_: str, trigger: str, published: str) -> str:
    """The status of the event of that type told by that trigger word."""
    events = reader.read(text, published=published).events
    found = [e for e in events if e.type == type_ and e.trigger == trigger]
    assert found, [(e.type, e.trigger, e.status) for e in events]
    return found[0].status


def first_request_mode(reader, text: str, published: str = "2024-10-08") -> str | None:
    """The mode of the first REQUEST read from `text` (the test fails if there is none)."""
    events = reader.read(text, published=published).events
    found = [e for e in events if e.type == "REQUEST"]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0].mode


def statement_venue(reader, text: str, words: str, published: str) -> str | None:
    """The venue of the first statement quoting `words` (the test fails if there is none)."""
    found = [s for s in reader.read(text, published=published).statements if words in s.quote]
    assert found, "no statement"
    return found[0].venue


def statement_with(reader, text: str, words: str, published: str = "2025-03-01"):
    """The first statement whose quote or sentence holds `words` (the test fails if there is none)."""
    readout = reader.read(text, published=published)
    found = [st for st in readout.statements if words in st.quote or words in st.evidence.sentence]
    assert found, f"no statement with {words!r}: {[st.quote for st in readout.statements]}"
    return found[0]
