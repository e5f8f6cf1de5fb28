"""Test helpers: the trigger the engine gives one word of a sentence; the event a word triggers."""

from __future__ import annotations

from detente.nlp.triggers import trigger_for


def trigger_of(reader, text: str, word: str):
    """The trigger for the first token of `text` spelled `word` (lower case), or None."""
    token = next(t for t in reader.nlp(text) if t.lower_ == word)
    return trigger_for(token)


def event_by_trigger(reader, text: str, trigger: str, published: str = "2024-03-18"):
    """The event the engine codes from the word `trigger` in `text` (the test fails, listing what was coded,
    when there is none)."""
    events = reader.read(text, published=published).events
    found = next((e for e in events if e.trigger == trigger), None)
    assert found is not None, [(e.type, e.trigger) for e in events]
    return found
